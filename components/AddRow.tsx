/**
 * A labelled text input with an Add button; Enter in the input adds too. Used wherever the user
 * types names to add (profile skills, dealbreakers, skills a resume import missed).
 */
export function AddRow(props: {
  label: string;
  placeholder: string;
  value: string;
  onInput(value: string): void;
  onAdd(): void;
  button: string;
  buttonClass?: string;
}) {
  return (
    <div class="row">
      <label class="row">
        <span>{props.label}</span>
        <input
          value={props.value}
          placeholder={props.placeholder}
          onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              props.onAdd();
            }
          }}
        />
      </label>
      <button type="button" class={props.buttonClass} onClick={props.onAdd}>
        {props.button}
      </button>
    </div>
  );
}
