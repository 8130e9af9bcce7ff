using Platform.ActorMapping.Actors;
using Platform.ActorMapping.Data;
using Platform.ActorMapping.Data.Providers;
using Platform.ActorMapping.PersonalData;
using Platform.Sdk.Modules;

namespace Platform.ActorMapping;

public sealed class ActorMappingModule : IPlatformModule
{
    public const string Id = "actor-mapping";

    public ModuleManifest Manifest { get; } = new(Id, "Actor mapping", "0.1.0", PlatformContract.Version, []);

    public void Register(IModuleBuilder module) => module
        .AddGrpcService<ActorGrpcService>()
        .AddDatabase<ActorMappingDb>(providers => providers
            .Sqlite<SqliteActorMappingDb>()
            .PostgreSql<PostgreSqlActorMappingDb>()
            .SqlServer<SqlServerActorMappingDb>())
        .AddPersonalData<ContactPersonData>();
}
