-- The caseload picture counts the open allocations PSOs hold on a grade override: a few hundred among
-- hundreds of thousands, so they get an index of their own rather than a scan of every allocation.
create index workload_practitioner_allocation_override on workload_practitioner_allocation (staff_code)
  where ended_at is null and grade_override_reason is not null;
