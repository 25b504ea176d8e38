import Validator, { type Issue } from '@adobe/structured-data-validator'
import BaseValidator from '@adobe/structured-data-validator/src/types/base.js'

/**
 * Google's rich result rules, checked offline: @adobe/structured-data-validator implements them
 * for VideoObject, Clip, Person, ImageObject, Organization and more, but not for Event, Article
 * (BlogPosting) or ProfilePage. Those three are added here from Google's documentation
 * (developers.google.com/search/docs/appearance/structured-data/{event,article,profile-page}):
 * their required properties are errors when missing, their recommended ones warnings.
 */

class EventRules extends BaseValidator {
  getConditions() {
    return [
      this.required('name', 'string'),
      this.required('startDate', 'date'),
      this.required('location'),
      this.recommended('description', 'string'),
      this.recommended('endDate', 'date'),
      this.recommended('eventAttendanceMode', 'enum', 'https://schema.org/OfflineEventAttendanceMode', 'https://schema.org/OnlineEventAttendanceMode', 'https://schema.org/MixedEventAttendanceMode'),
      this.recommended('eventStatus', 'enum', 'https://schema.org/EventScheduled', 'https://schema.org/EventCancelled', 'https://schema.org/EventMovedOnline', 'https://schema.org/EventPostponed', 'https://schema.org/EventRescheduled'),
      this.recommended('image'),
      this.recommended('offers'),
      this.recommended('organizer'),
      this.recommended('performer'),
    ].map((condition) => condition.bind(this))
  }
}

/** A Place needs an address; a VirtualLocation a url (Google, Event: location). */
class PlaceRules extends BaseValidator {
  getConditions() {
    return [this.required('address')].map((condition) => condition.bind(this))
  }
}
class VirtualLocationRules extends BaseValidator {
  getConditions() {
    return [this.required('url', 'url')].map((condition) => condition.bind(this))
  }
}

class ArticleRules extends BaseValidator {
  getConditions() {
    return [
      this.recommended('author'),
      this.recommended('dateModified', 'date'),
      this.recommended('datePublished', 'date'),
      this.recommended('headline', 'string'),
      this.recommended('image'),
    ].map((condition) => condition.bind(this))
  }
}

class ProfilePageRules extends BaseValidator {
  getConditions() {
    return [this.required('mainEntity'), this.recommended('dateCreated', 'date'), this.recommended('dateModified', 'date')].map((condition) => condition.bind(this))
  }
}

const handler = (rules: typeof BaseValidator) => async () => ({ default: rules })

/** A validator with Google's rules for every type recap writes. */
function validator(): Validator {
  const instance = new Validator()
  Object.assign(instance.registeredHandlers, {
    Event: [handler(EventRules)],
    Place: [handler(PlaceRules)],
    VirtualLocation: [handler(VirtualLocationRules)],
    BlogPosting: [handler(ArticleRules)],
    ProfilePage: [handler(ProfilePageRules)],
  })
  return instance
}

type Node = Record<string, unknown>

/**
 * The issues of one JSON-LD document (a graph or one item), each node of a graph validated as a
 * top-level item, as Google reads a graph. `@id` references are resolved so nested checks see
 * the node (a Person referenced as mainEntity must have a name).
 */
export async function richResultIssues(document: object): Promise<Issue[]> {
  const data = JSON.parse(JSON.stringify(document)) as Node
  const nodes = Array.isArray(data['@graph']) ? (data['@graph'] as Node[]) : [data]
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]))
  const resolve = (value: unknown, depth = 0): unknown => {
    if (Array.isArray(value)) return value.map((item) => resolve(item, depth))
    if (!value || typeof value !== 'object') return value
    const node = value as Node
    const target = typeof node['@id'] === 'string' && !node['@type'] ? byId.get(node['@id']) : undefined
    if (target && depth < 2) return resolve(target, depth + 1)
    return Object.fromEntries(Object.entries(node).map(([key, inner]) => [key, key.startsWith('@') ? inner : resolve(inner, depth)]))
  }
  const jsonld: Record<string, Node[]> = {}
  for (const node of nodes) {
    const type = String(node['@type'])
    ;(jsonld[type] ??= []).push(resolve(node) as Node)
  }
  return validator().validate({ jsonld })
}

/** Issues as `Type: message (severity)`, for assertions that say what is wrong. */
export function describeIssues(issues: readonly Issue[]): string[] {
  return issues.map((issue) => `${issue.path?.map((step) => step.type ?? step.property).join(' > ') ?? issue.rootType}: ${issue.issueMessage} (${issue.severity})`)
}
