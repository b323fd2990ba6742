export type UnsubscribeState = { status: "idle" | "done" | "unavailable" };

export const initialUnsubscribeState: UnsubscribeState = { status: "idle" };
