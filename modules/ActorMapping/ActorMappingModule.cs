using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.ActorMapping.Actors;
using Platform.ActorMapping.Common;
using Platform.ActorMapping.Data.Providers;
using Platform.ActorMapping.Data;
using Platform.ActorMapping.Indicators;
using Platform.ActorMapping.Initiatives;
using Platform.ActorMapping.Network;
using Platform.ActorMapping.PersonalData;
using Platform.ActorMapping.Web.Actors;
using Platform.Sdk.Callers;
using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;

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
            .AddMunicipalityDataCheck<ActorMappingDb>(async (db, cancellationToken) =>
                await db.Actors.AnyAsync(cancellationToken) || await db.Initiatives.AnyAsync(cancellationToken))
            .DescribeData(
                new DataCategory(AccessLevel.Aggregate, "Aktører: navn, sektor, kategori, temaer, lokalområde, mobiliseringstrin og noter til skift af trin", "Actors: name, sector, category, themes, local area, mobilisation stage and the notes on stage changes"),
                new DataCategory(AccessLevel.Aggregate, "Antal aktører pr. mobiliseringstrin og antal tiltag", "Numbers of actors per mobilisation stage and of initiatives"),
                new DataCategory(AccessLevel.Read, "Aktørernes kontaktpersoner (navn, rolle, e-mail og telefon)", "The actors' contact persons (name, role, e-mail and phone)"),
                new DataCategory(AccessLevel.Read, "Tiltag og netværket mellem aktører", "Initiatives and the network between actors"))
            .MapEndpoints(ActorExport.Map)
            .AddPages(
                new ModuleNavigationEntry("{municipality}/actors", "Aktører", "Actors", AccessLevel.Aggregate),
                new ModuleNavigationEntry("{municipality}/board", "Mobiliseringstavle", "Mobilisation board", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/initiatives", "Tiltag", "Initiatives", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/coverage", "Dækning", "Coverage", AccessLevel.Read),
                new ModuleNavigationEntry("{municipality}/network", "Netværk", "Network", AccessLevel.Read));
    }
}
