import { renderToStaticMarkup } from "react-dom/server";
import { ErrorPageContent, errorTitle } from "~/components/error-page";

export interface ErrorDocument {
  status: number;
  message: string;
  /** The request id, for the reader to quote when they report the problem. */
  reference: string;
  /** The app's stylesheets, so the page looks like the app's own error page. */
  stylesheets: string[];
}

/** The app's error page as a whole document, for failures the app itself never got to render
 *  (the database down while the session is read, a body too large, a refused cross-site post). */
export function renderErrorDocument({ status, message, reference, stylesheets }: ErrorDocument): string {
  // Rendered before the session is read, so it cannot tell staff from readers: the public ledger
  // is the way back for everyone ("/" would send a reader to sign in), and staff get their desk too.
  const homeLink = (
    <>
      <a href="/ledger" className="text-sky-800 underline">
        Back to Claimdesk
      </a>
      <span className="text-stone-500"> · </span>
      <a href="/" className="text-sky-800 underline">
        Staff: your desk
      </a>
    </>
  );
  const markup = renderToStaticMarkup(
    <html lang="en" className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${errorTitle(status)} · Claimdesk`}</title>
        {stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
      </head>
      <body className="min-h-full bg-stone-50 font-sans text-stone-900 antialiased">
        <main className="px-4">
          <ErrorPageContent status={status} detail={message} reference={reference} homeLink={homeLink} />
        </main>
      </body>
    </html>,
  );
  return `<!DOCTYPE html>${markup}`;
}
