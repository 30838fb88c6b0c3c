/** Admin endpoints (api.md, Admin). */
export const adminHandlers = [];
