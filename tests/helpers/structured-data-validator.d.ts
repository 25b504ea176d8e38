// Types for @adobe/structured-data-validator, which ships JavaScript only: what our tests use.
declare module '@adobe/structured-data-validator' {
  /** One finding: an ERROR makes the item ineligible for rich results, a WARNING is a missing recommended field. */
  export type Issue = { issueMessage: string; severity: 'ERROR' | 'WARNING'; rootType?: string; path?: { type?: string; property?: string }[]; fieldNames?: string[] }
  /** Items by format, then by root type, as @marbec/web-auto-extractor gives them. */
  export type ExtractedData = { jsonld?: Record<string, Record<string, unknown>[]>; microdata?: Record<string, unknown>; rdfa?: Record<string, unknown>; errors?: unknown[] }
  type Handler = () => Promise<{ default: new (options: { dataFormat: string; path: unknown[]; type: string }) => { validate(data: unknown): Issue[] } }>
  export default class Validator {
    constructor(schemaOrgJson?: unknown)
    registeredHandlers: Record<string, Handler[]>
    validate(data: ExtractedData): Promise<Issue[]>
  }
}

declare module '@adobe/structured-data-validator/src/types/base.js' {
  type Condition = (data: unknown) => unknown
  /** The base of the validator's type handlers: required and recommended fields, checked by type. */
  export default class BaseValidator {
    constructor(options: { dataFormat: string; path: unknown[]; type?: string })
    path: { type?: string; property?: string }[]
    getConditions(data?: unknown): Condition[]
    required(name: string, type?: string, ...options: unknown[]): Condition
    recommended(name: string, type?: string, ...options: unknown[]): Condition
    or(...conditions: Condition[]): Condition
    validate(data: unknown): unknown[]
  }
}
