/**
 * GOV.UK form controls with Frontend's exact markup. Ids follow `${formId}-${field}`; a hint
 * is `${id}-hint` and joins `aria-describedby` only when there is one.
 */
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export interface SelectOption {
  value: string;
  text: string;
}

export interface SelectProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  options: SelectOption[];
  value: string;
  onChange(value: string): void;
  formGroupClassName?: string;
  /** Shown above the select with "Error:" for screen readers; joins aria-describedby. */
  error?: string;
}

export function Select({ id, name, label, hint, options, value, onChange, formGroupClassName, error }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const groupClasses = ['govuk-form-group', error && 'govuk-form-group--error', formGroupClassName]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={groupClasses}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        id={id}
        name={name}
        value={value}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}

export interface CheckboxItem {
  id: string;
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
}

export interface CheckboxesProps {
  name: string;
  legend: ReactNode;
  items: CheckboxItem[];
  small?: boolean;
  formGroupClassName?: string;
  /** The group's id, for its hint (`${id}-hint`) and error (`${id}-error`); give the first item this id too, so the error summary's link lands on it. */
  id?: string;
  hint?: ReactNode;
  /** Shown under the legend with "Error:" for screen readers; joins the fieldset's aria-describedby. */
  error?: string;
}

export function Checkboxes({ name, legend, items, small, formGroupClassName, id, hint, error }: CheckboxesProps) {
  const hintId = hint && id ? `${id}-hint` : undefined;
  const errorId = error && id ? `${id}-error` : undefined;
  const groupClasses = ['govuk-form-group', error && 'govuk-form-group--error', formGroupClassName]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={groupClasses}>
      <fieldset className="govuk-fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className={`govuk-checkboxes${small ? ' govuk-checkboxes--small' : ''}`}>
          {items.map((item) => {
            const hintId = item.hint ? `${item.id}-item-hint` : undefined;
            return (
              <div key={item.id} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={item.id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={item.checked}
                  aria-describedby={hintId}
                  onChange={(event) => item.onChange(event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={item.id}>
                  {item.label}
                </label>
                {item.hint && (
                  <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  variant?: 'primary' | 'secondary' | 'warning';
  className?: string;
}

export function Button({ variant = 'primary', type = 'submit', className, children, ...rest }: ButtonProps) {
  const classes = ['govuk-button', variant !== 'primary' && `govuk-button--${variant}`, className]
    .filter(Boolean)
    .join(' ');
  return (
    <button type={type} className={classes} {...rest}>
      {children}
    </button>
  );
}

export interface TextInputProps {
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown above the input with "Error:" for screen readers; joins aria-describedby. */
  error?: string;
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'email' | 'password';
  autoComplete?: string;
  spellCheck?: boolean;
  className?: string;
}

export function TextInput({
  id,
  name,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
  spellCheck,
  className,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <input
        className={['govuk-input', error && 'govuk-input--error', className].filter(Boolean).join(' ')}
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
