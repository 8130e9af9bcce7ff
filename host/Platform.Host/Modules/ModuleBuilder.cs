using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Platform.Host.Persistence;
using Platform.Host.Tenancy;
using Platform.Sdk.Callers;
using Platform.Sdk.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Jobs;
using Platform.Sdk.Modules;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Tenancy;

namespace Platform.Host.Modules;

/// <summary>
/// Collects one module's registrations in a service collection of its own; the host adds them to its services only
/// when the module registered without error, so a failing module leaves nothing half-registered.
/// </summary>
public sealed class ModuleBuilder(ModuleManifest manifest, Assembly assembly, IConfiguration configuration, DatabaseConnection database)
    : IModuleBuilder
{
    private const int MaxDataCategories = 20;

    private const int MaxDescriptionLength = 300;

    public ModuleManifest Manifest { get; } = manifest;

    public IServiceCollection Services { get; } = new ServiceCollection();

    public IConfiguration Configuration { get; } = configuration;

    public IModuleBuilder AddGrpcService<TService>()
        where TService : class
    {
        Services.AddSingleton(new GrpcServiceRegistration(Manifest.Id, typeof(TService)));
        return this;
    }

    public IModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map)
    {
        Services.AddSingleton(new EndpointRegistration(Manifest.Id, map));
        return this;
    }

    public IModuleBuilder AddPages(params ModuleNavigationEntry[] navigation)
    {
        var prefix = PagePrefix(Manifest.Id);
        var outside = assembly.GetExportedTypes()
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>().Select(route => (type, route.Template)))
            .Where(page => !page.Template.StartsWith(prefix, StringComparison.Ordinal))
            .Select(page => $"{page.type.Name} ({page.Template})")
            .ToList();
        if (outside.Count > 0)
        {
            throw new InvalidOperationException($"The module's pages must have addresses under {prefix}: {string.Join(", ", outside)}.");
        }

        var malformed = navigation
            .Where(entry => entry.Path.StartsWith('/')
                || entry.Path.Contains(ModuleNavigationEntry.MunicipalityPlaceholder, StringComparison.Ordinal) == entry.IsForPartnership)
            .Select(entry => entry.Path)
            .ToList();
        if (malformed.Count > 0)
        {
            throw new InvalidOperationException(
                $"A navigation entry's path is relative to {prefix} and holds {ModuleNavigationEntry.MunicipalityPlaceholder} or {ModuleNavigationEntry.PartnershipPlaceholder}: {string.Join(", ", malformed)}.");
        }

        Services.AddSingleton(new PageRegistration(Manifest.Id, assembly, navigation));
        return this;
    }

    /// <summary>Where a module's pages live: <c>/m/{module id}/</c>, apart from its own endpoints under <c>/{module id}/</c>.</summary>
    public static string PagePrefix(string moduleId) => $"/m/{moduleId}/";

    public IModuleBuilder AddDatabase<TContext>(Action<ProviderContexts<TContext>> providers)
        where TContext : TenantDbContext
    {
        var contexts = new ProviderContexts<TContext>();
        providers(contexts);
        var factory = new ModelContextFactory<TContext>(Manifest.Id, database, contexts.Contexts);
        Services.AddSingleton(factory);
        Services.AddSingleton<IModelMigrator>(factory);
        Services.AddScoped<ITenantDbContextFactory<TContext>, TenantDbContextFactory<TContext>>();
        return this;
    }

    public TOptions AddOptions<TOptions>()
        where TOptions : class, new()
    {
        var section = $"Platform:Modules:{Manifest.Id}";
        var options = new TOptions();
        try
        {
            Configuration.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException exception)
        {
            throw new ModuleOptionsException($"The settings of module '{Manifest.Id}' ({section}) are wrong: {exception.Message}", exception);
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true)
            | !NestedValid(options, errors))
        {
            throw new ModuleOptionsException(string.Join(" ", errors.Select(error =>
                $"{section}:{string.Join(",", error.MemberNames)}: {error.ErrorMessage}")));
        }

        Services.AddSingleton(options);
        return options;
    }

    /// <summary>Validates the settings' nested groups (e.g. Smtp) too, naming their keys with the group.</summary>
    private static bool NestedValid(object options, List<ValidationResult> errors)
    {
        var valid = true;
        foreach (var property in options.GetType().GetProperties().Where(p => p.PropertyType.IsClass && p.PropertyType != typeof(string)))
        {
            if (property.GetValue(options) is { } group)
            {
                var inner = new List<ValidationResult>();
                if (!Validator.TryValidateObject(group, new ValidationContext(group), inner, validateAllProperties: true))
                {
                    valid = false;
                    errors.AddRange(inner.Select(error => new ValidationResult(error.ErrorMessage, [.. error.MemberNames.Select(name => $"{property.Name}:{name}")])));
                }
            }
        }

        return valid;
    }

    public IModuleBuilder AddJobHandler<THandler>(string jobType)
        where THandler : class, IJobHandler
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobType);
        Services.AddScoped<THandler>();
        Services.AddSingleton(new JobHandlerRegistration(Manifest.Id, jobType, typeof(THandler)));
        return this;
    }

    public IModuleBuilder AddIndicators<TProvider>()
        where TProvider : class, IIndicatorProvider
    {
        Services.AddScoped<TProvider>();
        Services.AddSingleton(new IndicatorRegistration(Manifest.Id, typeof(TProvider)));
        return this;
    }

    public IModuleBuilder AddPersonalData<THandler>()
        where THandler : class, IPersonalDataHandler
    {
        Services.AddScoped<THandler>();
        Services.AddSingleton(new PersonalDataRegistration(Manifest.Id, typeof(THandler)));
        return this;
    }

    private static bool IsDescription(string text) => !string.IsNullOrWhiteSpace(text) && text.Length <= MaxDescriptionLength;

    public IModuleBuilder AddMunicipalityDataCheck<TContext>(Func<TContext, CancellationToken, Task<bool>> holdsData)
        where TContext : TenantDbContext
    {
        Services.AddSingleton(new MunicipalityDataRegistration(Manifest.Id, async (services, municipalityCode, cancellationToken) =>
        {
            await using var db = await services.GetRequiredService<ITenantDbContextFactory<TContext>>()
                .OpenAsync(municipalityCode, AccessLevel.Read, cancellationToken);
            return await holdsData(db, cancellationToken);
        }));
        return this;
    }

    public IModuleBuilder DescribeData(params DataCategory[] categories)
    {
        // The limits the invitations' contract states (ReadableModuleData, ReadableDataCategory).
        if (categories.Length is 0 or > MaxDataCategories
            || categories.Any(category => !IsDescription(category.Danish) || !IsDescription(category.English)))
        {
            throw new InvalidOperationException(
                $"DescribeData takes 1 to {MaxDataCategories} categories, each with a Danish and an English text of 1 to {MaxDescriptionLength} characters.");
        }

        Services.AddSingleton(new DataDescriptionRegistration(Manifest.Id, Manifest.DisplayName, categories));
        return this;
    }
}
