namespace Platform.Host.Persistence;

/// <summary>Brings one model's tables up to date; every model registers one, and all run before the host serves.</summary>
public interface IModelMigrator
{
    string ModelName { get; }

    Task MigrateAsync(CancellationToken cancellationToken);
}
