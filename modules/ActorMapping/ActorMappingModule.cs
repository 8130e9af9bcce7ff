using Microsoft.Extensions.DependencyInjection;
using Platform.ActorMapping.Actors;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data;
using Platform.ActorMapping.Data.Providers;
using Platform.ActorMapping.Indicators;
using Platform.ActorMapping.Initiatives;
using Platform.ActorMapping.Network;
using Platform.ActorMapping.PersonalData;
using Platform.ActorMapping.Web.Actors;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;

namespace Platform.ActorMapping;

public sealed class ActorMappingModule : IPlatformModule
{
    public const string Id = "actor-mapping";

    public ModuleManifest Manifest { get; } = new(Id, "Actor mapping", "0.2.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module)
    {
        module.Services.AddScoped<LocalAreaRule>();
        module.Services.AddScoped<ActorCsv>();
        module.Services.AddScoped<ActorBook>();
        module.Services.AddScoped<InitiativeRegister>();
        module.Services.AddScoped<ActorNetwork>();
        module.Services.AddScoped<ActorLabels>();
        module.Services.AddScoped<ImportMessages>();
        module
            .AddGrpcService<ActorGrpcService>()
            .AddGrpcService<InitiativeGrpcService>()
            .AddGrpcService<NetworkGrpcService>()
            .AddDatabase<ActorMappingDb>(providers => providers
                .Sqlite<SqliteActorMappingDb>()
                .PostgreSql<PostgreSqlActorMappingDb>()
                .SqlServer<SqlServerActorMappingDb>())
            .AddIndicators<ActorMappingIndicators>()
            .AddPersonalData<ContactPersonData>()
            .MapEndpoints(ActorExport.Map)
            .AddPages(
                new ModuleNavigationEntry("{municipality}/actors", "Aktører", "Actors", AccessLevel.Aggregate),
                new ModuleNavigationEntry("{municipality}/board", "Mobiliseringstavle", "Mobilisation board", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/initiatives", "Tiltag", "Initiatives", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/coverage", "Dækning", "Coverage", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/network", "Netværk", "Network", AccessLevel.Read));
    }
}
