import { Form } from "@remix-run/react";
import type { Rating } from "~/.server/review/ratings";
import { RatingBadge } from "./claim-rating-badge";
import { secondaryButtonClass } from "./form-field";

/** What an admin typed in a rating's form, kept when the save is refused. */
export interface RatingFailure {
  message: string;
  fields: Record<string, string>;
  submitted: { label: string; description: string; colour: string; scored: string };
}

const controlClass =
  "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600";

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm font-medium text-red-700">
      {message}
    </p>
  );
}

interface RatingFieldsProps {
  /** Makes the fields' ids unique on a page of many forms. */
  prefix: string;
  values: { label: string; description: string; colour: string; scored: boolean };
  failure: RatingFailure | null;
}

/** Label, colour, description and whether the rating is scored: the fields of both the add and the edit form. */
function RatingFields({ prefix, values, failure }: RatingFieldsProps) {
  const kept = failure?.submitted;
  const fieldError = (name: string) => failure?.fields[name];
  const field = (name: string) => ({
    id: `${prefix}-${name}`,
    name,
    "aria-invalid": fieldError(name) ? true : undefined,
    "aria-describedby": fieldError(name) ? `${prefix}-${name}-error` : undefined,
  });
  return (
    <div className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_8rem]">
      <div>
        <label htmlFor={`${prefix}-label`} className="block text-sm font-medium">
          Label
        </label>
        <input
          {...field("label")}
          required
          maxLength={60}
          defaultValue={kept?.label ?? values.label}
          className={controlClass}
        />
        <FieldError id={`${prefix}-label-error`} message={fieldError("label")} />
      </div>
      <div>
        <label htmlFor={`${prefix}-colour`} className="block text-sm font-medium">
          Colour
        </label>
        <input
          {...field("colour")}
          type="color"
          defaultValue={kept?.colour ?? values.colour}
          className="mt-1 block h-9 w-full rounded border border-stone-300 bg-white"
        />
        <FieldError id={`${prefix}-colour-error`} message={fieldError("colour")} />
      </div>
      <div className="sm:col-span-2">
        <label htmlFor={`${prefix}-description`} className="block text-sm font-medium">
          Description
        </label>
        <textarea
          {...field("description")}
          rows={2}
          maxLength={500}
          defaultValue={kept?.description ?? values.description}
          className={controlClass}
        />
        <FieldError id={`${prefix}-description-error`} message={fieldError("description")} />
      </div>
      <label className="flex items-center gap-2 text-sm sm:col-span-2">
        <input type="checkbox" name="scored" defaultChecked={kept ? kept.scored === "on" : values.scored} />
        Scored: part of the true-to-false order (untick for ratings such as “Unproven”)
      </label>
    </div>
  );
}

const moveButtonClass = `${secondaryButtonClass} disabled:opacity-40`;

interface RatingEditorProps {
  rating: Rating;
  place: number;
  total: number;
  failure: RatingFailure | null;
}

/** One rating on the scale: how it looks, its edit form and buttons to move it up or down. */
export function RatingEditor({ rating, place, total, failure }: RatingEditorProps) {
  return (
    <li id={`rating-${rating.id}`} className="rounded border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <span className="w-6 text-right text-sm tabular-nums text-stone-500">{place}.</span>
        <span
          aria-hidden="true"
          className="inline-block size-6 rounded border border-stone-300"
          style={{ backgroundColor: rating.colour }}
        />
        <RatingBadge rating={rating} />
        <span className="text-sm text-stone-600">{rating.scored ? "Scored" : "Unscored"}</span>
        <Form method="post" className="ml-auto flex gap-2">
          <input type="hidden" name="intent" value="move" />
          <input type="hidden" name="ratingId" value={rating.id} />
          <button
            type="submit"
            name="direction"
            value="up"
            disabled={place === 1}
            aria-label={`Move ${rating.label} up`}
            className={moveButtonClass}
          >
            ↑ Up
          </button>
          <button
            type="submit"
            name="direction"
            value="down"
            disabled={place === total}
            aria-label={`Move ${rating.label} down`}
            className={moveButtonClass}
          >
            ↓ Down
          </button>
        </Form>
      </div>
      {rating.description ? <p className="mt-2 text-sm text-stone-700">{rating.description}</p> : null}
      <details className="mt-3" open={failure !== null}>
        <summary className="cursor-pointer text-sm font-medium text-sky-900">Edit {rating.label}</summary>
        <Form method="post" className="mt-3 space-y-3">
          <input type="hidden" name="intent" value="update" />
          <input type="hidden" name="ratingId" value={rating.id} />
          {failure ? <FieldError id={`rating-${rating.id}-message`} message={failure.message} /> : null}
          <RatingFields prefix={`rating-${rating.id}`} values={rating} failure={failure} />
          <button type="submit" className={secondaryButtonClass}>
            Save {rating.label}
          </button>
        </Form>
      </details>
    </li>
  );
}

const NEW_RATING = { label: "", description: "", colour: "#78716c", scored: true };

/** Adds a rating at the end of the scale. */
export function NewRatingForm({ failure }: { failure: RatingFailure | null }) {
  return (
    <Form method="post" className="space-y-3">
      <input type="hidden" name="intent" value="add" />
      {failure ? <FieldError id="new-rating-message" message={failure.message} /> : null}
      <RatingFields prefix="new-rating" values={NEW_RATING} failure={failure} />
      <button type="submit" className={secondaryButtonClass}>
        Add rating
      </button>
    </Form>
  );
}
