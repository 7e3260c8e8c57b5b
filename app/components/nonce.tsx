import { createContext, type ReactNode, useContext } from "react";

// The Content-Security-Policy nonce of the page being rendered on the server (entry.server.tsx), for the
// inline scripts Remix writes. In the browser there is none: browsers hide it once the page is parsed,
// and nothing rendered there needs it.
const NonceContext = createContext<string | undefined>(undefined);

export function NonceProvider({ nonce, children }: { nonce: string | undefined; children: ReactNode }) {
  return <NonceContext.Provider value={nonce}>{children}</NonceContext.Provider>;
}

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
