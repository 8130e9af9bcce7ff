using Grpc.Core;
using Platform.Contracts.Events.V1;
using Platform.Events.Calendar;
using Platform.Events.Events;
using Platform.Events.Outcomes;
using Platform.Events.Registrations;
using Platform.Events.SignUp;

namespace Platform.Events.Service;

/// <summary>The module's gRPC service, over every feature; each area's work is done by its own class.</summary>
internal sealed class EventGrpcService(
    EventCatalogue catalogue, RegistrationDesk desk, AttendanceCounts attendance, OutcomeLog outcomes, CalendarFeeds feeds, SignUpLinks signUps)
    : EventService.EventServiceBase
{
    public override Task<Event> CreateEvent(CreateEventRequest request, ServerCallContext context) => catalogue.CreateAsync(request, context.CancellationToken);

    public override Task<Event> GetEvent(GetEventRequest request, ServerCallContext context) => catalogue.GetAsync(request, context.CancellationToken);

    public override Task<Event> UpdateEvent(UpdateEventRequest request, ServerCallContext context) => catalogue.UpdateAsync(request, context.CancellationToken);

    public override Task<ListEventsResponse> ListEvents(ListEventsRequest request, ServerCallContext context) =>
        catalogue.ListAsync(request, context.CancellationToken);

    public override Task<ListEventsResponse> ListPartnershipEvents(ListPartnershipEventsRequest request, ServerCallContext context) =>
        catalogue.ListPartnershipAsync(request, context.CancellationToken);

    public override Task<Registration> Register(RegisterRequest request, ServerCallContext context) => desk.RegisterAsync(request, context.CancellationToken);

    public override Task<CancelRegistrationResponse> CancelRegistration(CancelRegistrationRequest request, ServerCallContext context) =>
        desk.CancelAsync(request, context.CancellationToken);

    public override Task<Registration> PromoteRegistration(PromoteRegistrationRequest request, ServerCallContext context) =>
        desk.PromoteAsync(request, context.CancellationToken);

    public override Task<ListRegistrationsResponse> ListRegistrations(ListRegistrationsRequest request, ServerCallContext context) =>
        desk.ExportAsync(request, context.CancellationToken);

    public override Task<Registration> CheckIn(CheckInRequest request, ServerCallContext context) => desk.CheckInAsync(request, context.CancellationToken);

    public override Task<Attendance> GetAttendance(GetAttendanceRequest request, ServerCallContext context) =>
        attendance.GetAsync(request, context.CancellationToken);

    public override Task<Outcome> AddOutcome(AddOutcomeRequest request, ServerCallContext context) => outcomes.AddAsync(request, context.CancellationToken);

    public override Task<SearchOutcomesResponse> SearchOutcomes(SearchOutcomesRequest request, ServerCallContext context) =>
        outcomes.SearchAsync(request, context.CancellationToken);

    public override Task<CalendarFeed> GetCalendarFeed(GetCalendarFeedRequest request, ServerCallContext context) =>
        feeds.GetFeedAsync(request, context.CancellationToken);

    public override Task<SignUpLink> GetSignUpLink(GetSignUpLinkRequest request, ServerCallContext context) =>
        signUps.GetLinkAsync(request, context.CancellationToken);
}
