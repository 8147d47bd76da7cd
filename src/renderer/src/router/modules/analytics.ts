import type { RouteRecordRaw } from 'vue-router'

/** Complaint analytics and periodic reports. */
export const analyticsRoutes: RouteRecordRaw[] = []
