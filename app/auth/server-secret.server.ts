import { randomBytes } from "node:crypto";

/**
 * The key of the keyed hashes of client addresses and of the signed cookies (the sign-in
 * form's token, the trusted device). Every instance behind a load balancer needs the same one
 * (SESSION_SECRET); without it a random key per process is used, so at a restart the limits
 * start again and those cookies stop counting (they are simply issued anew).
 */
export const serverSecret = process.env.SESSION_SECRET ?? randomBytes(32).toString("hex");
