using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.SampleModule.Jobs;
using Platform.SampleModule.Notes;
using Platform.SampleModule.Web;

namespace Platform.SampleModule;

public sealed class SampleModule : IPlatformModule
{
    public const string Id = "sample";

    public ModuleManifest Manifest { get; } = new(Id, "Sample", "1.0.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
        module.AddOptions<SampleOptions>();
        module.Services.AddScoped<Notebook>();
        module
        .AddGrpcService<NoteGrpcService>()
        .AddDatabase<NotesDb>(providers => providers.Sqlite<SqliteNotesDb>().PostgreSql<PostgreSqlNotesDb>())
        .AddJobHandler<EchoJobHandler>(EchoJobHandler.Type)
        .AddJobHandler<FailingJobHandler>(FailingJobHandler.Type)
        .AddJobHandler<WorkJobHandler>(WorkJobHandler.Type)
        .AddJobHandler<ListActorsJobHandler>(ListActorsJobHandler.Type)
        .AddIndicators<NoteIndicators>()
        .AddIndicators<NoteActivityIndicators>()
        .AddPersonalData<NoteAuthors>()
        .MapEndpoints(SampleEndpoints.Map)
        .AddPages(
            new ModuleNavigationEntry("{municipality}/notes", "Noter", "Notes", AccessLevel.Read),
            new ModuleNavigationEntry("partnership/{partnership}/notes", "Noter i partnerskabet", "Notes in the partnership", AccessLevel.Aggregate));
    }
}
