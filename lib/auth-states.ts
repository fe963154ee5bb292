// What the login and unlock server actions return to their forms. Here, not beside the actions in
// app/, so the client forms in components/ can name them without importing app/.
export type LoginState = { error?: "invalid" | "rateLimited"; email?: string; retryAfter?: number };
export type UnlockState = { error?: "invalid" | "rateLimited"; retryAfter?: number };
