export { createSearchIndex, loadSearchIndex } from './engine'
export { toSearchableDoc } from './from-case'
export { markdownToPlain } from './text'
export type {
  SearchableDoc,
  SearchIndex,
  SearchOptions,
  SearchFilters,
  FilterValue,
  SearchHit,
  SearchResult,
  SearchFacets,
  FacetKey,
  HighlightPart,
  SerializedSearchIndex
} from './types'
export { FACET_KEYS } from './types'
