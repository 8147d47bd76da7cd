export * from './special'
export * from './ranking'
export * from './plan'
