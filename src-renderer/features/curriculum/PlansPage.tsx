import { useCallback, useEffect, useState } from 'react';
import type { PlanDetail, PlanSummary } from '../../../src-shared/api/curriculum';
import { ui } from '../../../src-shared/i18n/ui';
import { call, errorMessage } from '../../api';
import { useSession } from '../../app/session-store';
import { Banner, Field } from '../../ui/Field';
import { useList } from '../../ui/useList';
import { CopyPlanDialog, CreatePlanDialog } from './PlanDialogs';
import { PlanGrid } from './PlanGrid';

const p = ui.curriculum.plans;
const loadSpecialties = async () => (await call('contingent.listSpecialties', {})).specialties;
const loadDisciplines = async () => (await call('curriculum.listDisciplines', {})).disciplines;

/** Study plans: choose a specialty and an admission year's plan (or make one), then edit its grid. */
export function PlansPage() {
  const may = useSession((s) => s.may);
  const specialties = useList(loadSpecialties);
  const disciplines = useList(loadDisciplines);
  const [specialtyId, setSpecialtyId] = useState('');
  const [plans, setPlans] = useState<PlanSummary[] | null>(null);
  const [planId, setPlanId] = useState('');
  // The grid starts afresh from every plan the core hands back (opened, saved, imported): `version` remounts it.
  const [opened, setOpened] = useState<{ detail: PlanDetail; version: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'create' | 'copy' | null>(null);
  const [semester, setSemester] = useState(1);
  const specialty = specialties.items.find((s) => s.id === specialtyId);

  useEffect(() => {
    if (!specialtyId && specialties.items[0]) setSpecialtyId(specialties.items[0].id);
  }, [specialtyId, specialties.items]);

  const loadPlans = useCallback(async (chosen: string, open?: string) => {
    setError(null);
    try {
      const { plans: found } = await call('curriculum.listPlans', { specialtyId: chosen });
      setPlans(found);
      setPlanId((current) => open ?? (found.some((x) => x.id === current) ? current : (found[0]?.id ?? '')));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, []);

  useEffect(() => {
    setPlans(null);
    if (specialtyId) void loadPlans(specialtyId);
  }, [specialtyId, loadPlans]);

  useEffect(() => {
    if (!planId) {
      setOpened(null);
      return;
    }
    let current = true;
    call('curriculum.getPlan', { planId })
      .then((detail) => current && setOpened((o) => ({ detail, version: (o?.version ?? 0) + 1 })))
      .catch((err: unknown) => current && setError(errorMessage(err)));
    return () => {
      current = false;
    };
  }, [planId]);

  const show = (detail: PlanDetail, text: string) => {
    setNotice(text);
    setOpened((o) => ({ detail, version: (o?.version ?? 0) + 1 }));
    setPlanId(detail.plan.id);
    void loadPlans(detail.plan.specialtyId, detail.plan.id);
    // An import may have added disciplines to the catalogue.
    void disciplines.reload();
  };

  return (
    <section>
      <header className="page-header">
        <h1>{p.title}</h1>
        <div className="actions">
          {may('curriculum.createPlan') && specialty ? (
            <button type="button" className="button button--primary" onClick={() => setDialog('create')}>
              {p.create}
            </button>
          ) : null}
          {may('curriculum.copyPlan') && specialty ? (
            <button type="button" className="button" onClick={() => setDialog('copy')}>
              {p.copy}
            </button>
          ) : null}
        </div>
      </header>
      {notice ? <Banner kind="success">{notice}</Banner> : null}
      {error ?? specialties.error ?? disciplines.error ? <Banner kind="error">{error ?? specialties.error ?? disciplines.error}</Banner> : null}
      {!specialties.loading && specialties.items.length === 0 ? <p className="muted">{p.noSpecialties}</p> : null}

      <div className="row">
        <Field label={p.specialty}>
          <select
            value={specialtyId}
            onChange={(e) => {
              setNotice(null);
              setSpecialtyId(e.target.value);
              setPlanId('');
              setSemester(1);
            }}
          >
            <option value="">{p.chooseSpecialty}</option>
            {specialties.items.map((s) => (
              <option key={s.id} value={s.id}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={p.plan}>
          <select
            value={planId}
            disabled={!plans || plans.length === 0}
            onChange={(e) => {
              setNotice(null);
              setPlanId(e.target.value);
              setSemester(1);
            }}
          >
            <option value="">{p.choosePlan}</option>
            {(plans ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {p.planOption(x.admissionYear, x.name, x.itemCount)}
              </option>
            ))}
          </select>
        </Field>
      </div>

      {!specialtyId ? <p className="muted">{p.pickSpecialty}</p> : null}
      {specialtyId && plans?.length === 0 ? <p className="muted">{p.noPlans}</p> : null}
      {specialtyId && plans && plans.length > 0 && !planId ? <p className="muted">{p.pickPlan}</p> : null}

      {opened && opened.detail.plan.id === planId ? (
        <PlanGrid
          key={opened.version}
          detail={opened.detail}
          disciplines={disciplines.items}
          canEdit={may('curriculum.savePlanItems')}
          canImport={may('curriculum.importPlanXlsx')}
          onReplaced={show}
          semester={semester}
          onSemester={setSemester}
        />
      ) : null}

      {dialog === 'create' && specialty ? (
        <CreatePlanDialog
          specialty={specialty}
          onClose={() => setDialog(null)}
          onDone={(detail) => {
            setDialog(null);
            setSemester(1);
            show(detail, p.created);
          }}
        />
      ) : null}
      {dialog === 'copy' && specialty ? (
        <CopyPlanDialog
          specialty={specialty}
          plans={plans ?? []}
          onClose={() => setDialog(null)}
          onDone={(detail) => {
            setDialog(null);
            setSemester(1);
            show(detail, p.copied(detail.plan.itemCount));
          }}
        />
      ) : null}
    </section>
  );
}
