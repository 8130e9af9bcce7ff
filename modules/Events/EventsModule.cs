using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Events.Calendar;
using Platform.Events.Data.Providers;
using Platform.Events.Data;
using Platform.Events.Events;
using Platform.Events.Indicators;
using Platform.Events.Notifications;
using Platform.Events.Outcomes;
using Platform.Events.PersonalData;
using Platform.Events.Registrations;
using Platform.Events.Service;
using Platform.Events.SignUp;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;
using Platform.Sdk.Web;

namespace Platform.Events;

public sealed class EventsModule : IPlatformModule
{
    public const string Id = "events";

    public ModuleManifest Manifest { get; } = new(Id, "Events", "0.1.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
        module.AddOptions<EventsOptions>();
        module.Services.AddScoped<ActorLinks>();
        module.Services.AddScoped<EventCatalogue>();
        module.Services.AddScoped<EventSeats>();
        module.Services.AddScoped<RegistrationDesk>();
        module.Services.AddScoped<AttendanceCounts>();
        module.Services.AddScoped<PartnershipMemberRegistration>();
        module.Services.AddScoped<OutcomeLog>();
        module.Services.AddScoped<CalendarFeeds>();
        module.Services.AddScoped<SignUpLinks>();
        module.Services.AddScoped<Notices>();
        module.Services.AddScoped<Platform.Events.Web.Outcomes.OutcomeActors>();
        module.Services.AddSingleton<SmtpSender>();
        module
            .AddGrpcService<EventGrpcService>()
            .AddDatabase<EventsDb>(providers => providers
                .Sqlite<SqliteEventsDb>()
                .PostgreSql<PostgreSqlEventsDb>()
                .SqlServer<SqlServerEventsDb>())
            .AddJobHandler<ReminderJobHandler>(ReminderJobHandler.Type)
            .AddJobHandler<SendMessageJobHandler>(SendMessageJobHandler.Type)
            .AddJobHandler<OutboxSweepJobHandler>(OutboxSweepJobHandler.Type)
            .AddJobHandler<RetentionJobHandler>(RetentionJobHandler.Type)
            .AddIndicators<EventsHeldIndicator>()
            .AddIndicators<EventsComingIndicator>()
            .AddIndicators<ParticipantsByGroupIndicator>()
            .AddIndicators<ReachIndicator>()
            .AddIndicators<OutcomesByThemeIndicator>()
            .AddPersonalData<ParticipantData>()
            .AddMunicipalityDataCheck<EventsDb>(async (db, cancellationToken) =>
                await db.Events.AnyAsync(cancellationToken) || await db.Outcomes.AnyAsync(cancellationToken))
            .DescribeData(
                new DataCategory(AccessLevel.Aggregate, "Arrangementer: titel, tid, sted og antal tilmeldte og fremmødte", "Events: title, time, place and the numbers signed up and attending"),
                new DataCategory(AccessLevel.Aggregate, "Resultater af dialoger: tekst, temaer og målgruppe", "Outcomes of dialogues: text, themes and target group"),
                new DataCategory(AccessLevel.Read, "Deltagere med navn og e-mail", "Participants with name and e-mail"))
            .MapEndpoints(CalendarEndpoints.Map)
            .MapEndpoints(SignUpEndpoints.Map)
            .MapEndpoints(endpoints => endpoints.MapPublicNotices(Id, language =>
                SignUpPrivacy.Facts(language, endpoints.ServiceProvider.GetRequiredService<EventsOptions>().Retention)))
            .AddPages(
                new ModuleNavigationEntry("{municipality}/events", "Arrangementer", "Events", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/outcomes", "Resultater af dialoger", "Outcomes of dialogues", AccessLevel.Aggregate));
    }
}
