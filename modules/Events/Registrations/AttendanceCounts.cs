using Platform.Contracts.Events.V1;
using Platform.Events.Data;
using Platform.Sdk.Callers;
using Platform.Sdk.Disclosure;
using Platform.Sdk.Tenancy;

namespace Platform.Events.Registrations;

/// <summary>
/// An event's seats, waitlist and attendance per target group and in all, from its registrations' cells: exact for the
/// municipality's roles with read access, published for aggregate access (<see cref="ShownCounts"/>). Each figure,
/// totals too, is published from its own cell, so published groups need not add up to the published total.
/// </summary>
internal sealed class AttendanceCounts(ITenantDbContextFactory<EventsDb> databases, ICallerContext caller)
{
    public async Task<Attendance> GetAsync(GetAttendanceRequest request, CancellationToken cancellationToken)
    {
        var eventId = StoredEvents.ParseId(request.EventId, "event_id");
        await using var db = await databases.OpenAsync(request.MunicipalityCode, AccessLevel.Aggregate, cancellationToken);
        await StoredEvents.LoadAsync(db, eventId, cancellationToken);
        var exact = await ShownCounts.ExactForAsync(caller, request.MunicipalityCode, cancellationToken);
        var cells = await RegistrationCells.OfAsync(db, [eventId], cancellationToken);
        ShownCount Seats(IEnumerable<RegistrationCells> of, int status) =>
            ShownCounts.Show(PeopleCount.Sum(of.Where(c => c.Status == status).Select(c => c.Seats)), exact);
        ShownCount Attended(IEnumerable<RegistrationCells> of) => ShownCounts.Show(PeopleCount.Sum(of.Select(c => c.Attended)), exact);
        var attendance = new Attendance
        {
            EventId = eventId.ToString(),
            RegisteredCount = Seats(cells, RegistrationStatusValue.Registered),
            WaitlistedCount = Seats(cells, RegistrationStatusValue.Waitlisted),
            AttendedCount = Attended(cells),
        };
        (attendance.Registered, attendance.Waitlisted, attendance.Attended) =
            (attendance.RegisteredCount.Count, attendance.WaitlistedCount.Count, attendance.AttendedCount.Count);
        foreach (var group in cells.GroupBy(c => c.Group).OrderBy(g => g.Key))
        {
            var shown = new GroupAttendance
            {
                Group = (TargetGroup)group.Key,
                RegisteredCount = Seats(group, RegistrationStatusValue.Registered),
                WaitlistedCount = Seats(group, RegistrationStatusValue.Waitlisted),
                AttendedCount = Attended(group),
            };
            (shown.Registered, shown.Waitlisted, shown.Attended) = (shown.RegisteredCount.Count, shown.WaitlistedCount.Count, shown.AttendedCount.Count);
            attendance.Groups.Add(shown);
        }

        return attendance;
    }
}
