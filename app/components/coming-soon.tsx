export function ComingSoon({ title, description }: { title: string; description: string }) {
  return (
    <section className="mx-auto max-w-xl py-12">
      <h1 className="font-serif text-3xl font-bold">{title}</h1>
      <p className="mt-4 text-stone-700">{description}</p>
      <p className="mt-2 text-sm text-stone-500">Coming soon.</p>
    </section>
  );
}
