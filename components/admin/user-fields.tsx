"use client";
import { useTranslations } from "next-intl";
import { ROLES, type Role } from "@/lib/roles";
import { FieldError, describe } from "@/components/ui/form-parts";

type Errors = (field: string) => string[];

export function NameField({ errors, value }: { errors: Errors; value?: string }) {
  const t = useTranslations("userForm");
  return (
    <div className="field">
      <label htmlFor="name">{t("name")}</label>
      <input id="name" name="name" required maxLength={100} autoComplete="off" defaultValue={value} {...describe("name", errors("name"))} />
      <FieldError id="name-error" messages={errors("name")} />
    </div>
  );
}

/** The id of the first role's box: where the error summary's link to the roles goes. */
export const ROLE_FIELD_ID = `role-${ROLES[0]}`;

/** One checkbox per role, each with what it allows; at least one must be ticked. */
export function RoleFields({ errors, value }: { errors: Errors; value: readonly string[] }) {
  const t = useTranslations("userForm");
  const tr = useTranslations("admin.role");
  const messages = errors("roles");
  return (
    <fieldset className="stack checks" aria-describedby={["roles-hint", messages.length ? "roles-error" : ""].filter(Boolean).join(" ")}>
      <legend className="legend">{t("roles")}</legend>
      <p className="muted hint" id="roles-hint">{t("rolesHint")}</p>
      {ROLES.map((role: Role) => (
        <div key={role}>
          <label className="check">
            <input type="checkbox" id={`role-${role}`} name="roles[]" value={role} defaultChecked={value.includes(role)} aria-describedby={`role-${role}-hint`} />
            {tr(role)}
          </label>
          <p className="muted hint" id={`role-${role}-hint`}>{t(`roleHint.${role}`)}</p>
        </div>
      ))}
      <FieldError id="roles-error" messages={messages} />
    </fieldset>
  );
}

export function LocaleField({ errors, value }: { errors: Errors; value?: string | null }) {
  const t = useTranslations("userForm");
  const tl = useTranslations("language");
  return (
    <div className="field">
      <label htmlFor="locale">{t("locale")}</label>
      <select id="locale" name="locale" defaultValue={value ?? "default"} {...describe("locale", errors("locale"))}>
        <option value="default">{t("localeDefault")}</option>
        <option value="nb">{tl("nb")}</option>
        <option value="en">{tl("en")}</option>
      </select>
      <FieldError id="locale-error" messages={errors("locale")} />
    </div>
  );
}
