using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Data;
using Platform.Sdk.Indicators;
using Platform.Sdk.Jobs;
using Platform.Sdk.PersonalData;
using Platform.Sdk.Tenancy;

namespace Platform.Sdk.Modules;

/// <summary>The registration points a module gets from the host.</summary>
public interface IModuleBuilder
{
    ModuleManifest Manifest { get; }

    /// <summary>The host's services; add the module's own services here.</summary>
    IServiceCollection Services { get; }

    /// <summary>The module's configuration section, <c>Platform:Modules:{id}</c>.</summary>
    IConfiguration Configuration { get; }

    /// <summary>Maps a gRPC service. Every call is authenticated, and the module's switch per municipality is honoured.</summary>
    IModuleBuilder AddGrpcService<TService>()
        where TService : class;

    /// <summary>
    /// Maps the module's HTTP endpoints (pages, feeds, downloads) under <c>/{module id}/</c>. They are served on the
    /// web port (HTTP/1.1, <c>Platform:WebPort</c>) as well as the gRPC port. An endpoint needs an authenticated
    /// caller unless the module calls <c>AllowAnonymous()</c> on it; an anonymous request's caller has no grants.
    /// </summary>
    IModuleBuilder MapEndpoints(Action<IEndpointRouteBuilder> map);

    /// <summary>
    /// Adds the module's pages to the web application: every routable Razor component (<c>@page</c>) of the module's
    /// assembly, each under <c>/m/{module id}/</c> (a route elsewhere stops the module's registration), rendered in the
    /// host's layout on the web port, and the navigation entries that lead to them. A page reads through the module's
    /// application classes with the signed-in person as the caller, and the module's switch per municipality is
    /// honoured as for its gRPC services; a refused read shows the host's refusal page (403), a switched-off module its
    /// own page (412).
    /// </summary>
    IModuleBuilder AddPages(params ModuleNavigationEntry[] navigation);

    /// <summary>
    /// Adds the module's EF Core model. <typeparamref name="TContext"/> is the model; each provider has a sealed
    /// subclass that holds that provider's migrations. The host applies them before it serves.
    /// Modules open the context through <see cref="ITenantDbContextFactory{TContext}"/>, which filters by tenant.
    /// </summary>
    IModuleBuilder AddDatabase<TContext>(Action<ProviderContexts<TContext>> providers)
        where TContext : TenantDbContext;

    /// <summary>Handles durable jobs of the given type; see <see cref="IJobQueue"/>.</summary>
    IModuleBuilder AddJobHandler<THandler>(string jobType)
        where THandler : class, IJobHandler;

    /// <summary>
    /// Binds the module's settings (section <c>Platform:Modules:{id}</c>) to <typeparamref name="TOptions"/>, validates
    /// them by their data annotations, registers them as a singleton and returns them. A value that does not convert,
    /// an unknown key or a value out of range stops the host's start with a <see cref="ModuleOptionsException"/> that
    /// names the key: a wrong setting is never silently replaced by a default.
    /// </summary>
    TOptions AddOptions<TOptions>()
        where TOptions : class, new();

    /// <summary>Adds report indicators that the reporting module finds without knowing this module.</summary>
    IModuleBuilder AddIndicators<TProvider>()
        where TProvider : class, IIndicatorProvider;

    /// <summary>Exports and erases the module's personal data about one person.</summary>
    IModuleBuilder AddPersonalData<THandler>()
        where THandler : class, IPersonalDataHandler;

    /// <summary>
    /// Tells the platform whether the module holds data for a municipality: <paramref name="holdsData"/> gets the
    /// module's context opened for that municipality (as the platform, whatever the module's switch) and answers from
    /// it, e.g. <c>(db, ct) =&gt; db.Notes.AnyAsync(ct)</c>. A partnership's staff may onboard a municipality only when
    /// no module holds data for it and it is no other partnership's member; otherwise its coordinator must accept.
    /// </summary>
    IModuleBuilder AddMunicipalityDataCheck<TContext>(Func<TContext, CancellationToken, Task<bool>> holdsData)
        where TContext : TenantDbContext;

    /// <summary>
    /// Describes the module's data in a municipality, category by category, with the access that reads each; a
    /// municipality invited into a partnership is shown those its staff will read before it accepts. At most 20
    /// categories, each text 1 to 300 characters; more stops the module's registration.
    /// </summary>
    IModuleBuilder DescribeData(params DataCategory[] categories);
}
