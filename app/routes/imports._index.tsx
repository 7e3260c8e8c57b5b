import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireUser } from "~/.server/http/guards";
import { formError } from "~/.server/http/responses";
import { createImportJob, listImportJobs } from "~/.server/imports/bulk/import-jobs";
import { readImportUpload } from "~/.server/web/bulk-import-upload";
import { ImportJobList } from "~/components/import-job-list";
import { ImportUploadForm } from "~/components/import-upload-form";

export const meta: MetaFunction = () => [{ title: "Bulk import · Claimdesk" }];

const JOBS_SHOWN = 50;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args, { role: "checker" });
  return { jobs: await listImportJobs(args.context.db, user, { limit: JOBS_SHOWN }), now: new Date() };
}

export async function action(args: ActionFunctionArgs) {
  const user = await requireUser(args, { role: "checker" });
  try {
    const job = await createImportJob(args.context.db, user, await readImportUpload(args.request));
    return redirect(`/imports/${job.id}`);
  } catch (error) {
    return formError(error);
  }
}

export default function Imports() {
  const { jobs, now } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
      <section aria-labelledby="imports-heading">
        <h1 id="imports-heading" className="font-serif text-3xl font-bold">
          Bulk imports
        </h1>
        <ImportJobList jobs={jobs} now={now} />
      </section>
      <section aria-labelledby="upload-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="upload-heading" className="text-lg font-semibold">
          Import many articles
        </h2>
        <ImportUploadForm error={result?.error.message} fileError={result?.error.fields?.file} />
      </section>
    </div>
  );
}
