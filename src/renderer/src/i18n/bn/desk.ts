/** Bengali UI strings for the writing desk (fields, body editor, toolbar, counts, find and replace). */
export const bnDesk = {} as const
