using Platform.Sdk.Modules;
using Platform.Sdk.Tenancy;

namespace Platform.Host.Modules;

/// <summary>A gRPC service a module registered.</summary>
public sealed record GrpcServiceRegistration(string ModuleId, Type ServiceType);

/// <summary>A module's HTTP endpoints, mapped under <c>/{ModuleId}/</c>.</summary>
public sealed record EndpointRegistration(string ModuleId, Action<IEndpointRouteBuilder> Map);

/// <summary>A module's pages: the assembly whose routable components the web application adds, and its navigation.</summary>
public sealed record PageRegistration(string ModuleId, System.Reflection.Assembly Assembly, IReadOnlyList<ModuleNavigationEntry> Navigation);

/// <summary>A job type and the module that handles it.</summary>
public sealed record JobHandlerRegistration(string ModuleId, string JobType, Type HandlerType);

/// <summary>A module's indicator provider.</summary>
public sealed record IndicatorRegistration(string ModuleId, Type ProviderType);

/// <summary>A module's personal-data handler.</summary>
public sealed record PersonalDataRegistration(string ModuleId, Type HandlerType);

/// <summary>Whether a module holds data for a municipality, asked in a scope whose caller may read it.</summary>
public sealed record MunicipalityDataRegistration(string ModuleId, Func<IServiceProvider, string, CancellationToken, Task<bool>> HoldsDataAsync);

/// <summary>A module's data categories in a municipality, with the access that reads each.</summary>
public sealed record DataDescriptionRegistration(string ModuleId, string ModuleName, IReadOnlyList<DataCategory> Categories);
