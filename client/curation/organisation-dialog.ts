// Add or correct an organisation. A correction sends only the fields that changed, with the version it was read
// at: if someone else saved in between (409), the form says so and offers to reload their version.
import { ApiError, type Api } from '../api.ts';
import { actions, type AppState } from '../app-state.ts';
import { h } from '../dom.ts';
import type { Store } from '../store.ts';
import type { OrganisationDetail } from '../types.ts';
import type { CurationApi } from './curation-api.ts';
import { formAlert, openModal, selectField, showErrors, textArea, textField, type Field } from './dialog.ts';
import {
  formErrorsFrom, ORGANISATION_API_FIELDS, organisationCreateBody, organisationForm, organisationPatchBody, validateOrganisation,
  type OrganisationForm,
} from './forms.ts';

export function openOrganisationDialog(store: Store<AppState>, api: Api, curation: CurationApi, original: OrganisationDetail | null): void {
  let current = original;
  const meta = store.get().meta;
  const kinds = meta?.kinds ?? [];
  const values = organisationForm(original);
  const kindChoices = [{ value: '', label: 'Choose a kind…' }, ...kinds.map((kind) => ({ value: kind.id, label: kind.label }))];
  // A kind the vocabulary no longer lists stays choosable for an existing organisation.
  if (values.kind && !kinds.some((kind) => kind.id === values.kind)) kindChoices.push({ value: values.kind, label: values.kind });

  const fields = {
    name: textField('Name', values.name, { name: 'name', required: true, hint: 'The proper name. Its id in links is made from it once and does not change.' }),
    shortName: textField('Short name', values.shortName, { name: 'shortName', hint: 'The usual acronym or short form, such as LTHT.', className: 'form-field-half' }),
    kind: selectField('Kind', values.kind, [{ choices: kindChoices }], { name: 'kind', required: true, className: 'form-field-half' }),
    aliases: textArea('Other names', values.aliases, { name: 'aliases', rows: 2, hint: 'One per line, so the search finds the organisation by them too.' }),
    sector: textField('Sector', values.sector, { name: 'sector', className: 'form-field-third' }),
    city: textField('City', values.city, { name: 'city', className: 'form-field-third' }),
    country: textField('Country', values.country, { name: 'country', className: 'form-field-third' }),
    description: textArea('Description', values.description, { name: 'description', rows: 3 }),
    url: textField('Website', values.url, { name: 'url', type: 'url', inputmode: 'url', placeholder: 'https://', hint: 'The organisation’s own site.' }),
    since: textField('Formed', values.since, { name: 'since', hint: 'Year, month or date', inputmode: 'numeric', placeholder: 'e.g. 2013', className: 'form-field-half' }),
    until: textField('Dissolved', values.until, { name: 'until', hint: 'The last year, month or day it existed', inputmode: 'numeric', placeholder: 'e.g. 2022-06-30', className: 'form-field-half' }),
  } satisfies Record<keyof OrganisationForm, Field>;

  const alert = formAlert();
  const save = h('button', { class: 'button button-primary', text: original ? 'Save changes' : 'Add organisation', attrs: { type: 'submit' } });
  const form = h('form', { class: 'edit-form', attrs: { novalidate: true, 'aria-label': original ? 'Organisation details' : 'New organisation' } }, [
    alert.element,
    h('div', { class: 'form-grid' }, Object.values(fields).map((field) => field.element)),
    h('div', { class: 'modal-actions' }, [
      h('button', { class: 'button', text: 'Cancel', attrs: { type: 'button' }, on: { click: () => modal.close() } }),
      save,
    ]),
  ]);

  const read = (): OrganisationForm => Object.fromEntries(Object.entries(fields).map(([key, field]) => [key, field.control.value])) as unknown as OrganisationForm;

  function fill(org: OrganisationDetail) {
    const next = organisationForm(org);
    for (const [key, field] of Object.entries(fields)) field.control.value = next[key as keyof OrganisationForm];
  }

  async function reload() {
    if (!current) return;
    alert.show('Loading their version…');
    try {
      current = await api.organisation(current.id);
      fill(current);
      showErrors(fields, {}, false);
      alert.show('This is the organisation as it is now. Make your change again and save.');
      store.update((state) => actions.dataChanged(state));
    } catch (error) {
      alert.show(error instanceof ApiError ? error.message : 'The organisation could not be loaded.');
    }
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    alert.clear();
    const entered = read();
    const errors = validateOrganisation(entered, kinds.map((kind) => kind.id));
    if (showErrors(fields, errors)) return;
    save.disabled = true;
    try {
      let saved;
      if (current) {
        const patch = organisationPatchBody(entered, current);
        if (!patch) {
          modal.close();
          return;
        }
        saved = await curation.updateOrganisation(current.id, patch);
      } else {
        saved = await curation.createOrganisation(organisationCreateBody(entered));
      }
      modal.close();
      const name = saved.name;
      const id = saved.id;
      store.update((state) => ({ ...actions.dataChanged(state), ...actions.reveal(state, id, name) }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 409 && current) {
        alert.show('Someone else changed this organisation; reload to see their change.', { label: 'Reload', run: () => void reload() });
      } else if (error.status === 400) {
        const problems = formErrorsFrom(error.fieldErrors, error.serverMessage ?? error.message, ORGANISATION_API_FIELDS);
        showErrors(fields, problems.fields);
        if (problems.general.length) alert.show(problems.general.join(' '));
      } else {
        alert.show(error.message);
      }
    } finally {
      save.disabled = false;
    }
  });

  const modal = openModal({
    title: original ? `Edit ${original.name}` : 'New organisation',
    intro: original ? 'Correct what is wrong or missing. Changes are recorded in the history with your token’s name.' : 'Add an organisation, then add its ties with their evidence.',
    wide: true,
    content: form,
  });
  fields.name.control.focus();
}
