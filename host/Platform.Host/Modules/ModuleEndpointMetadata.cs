namespace Platform.Host.Modules;

/// <summary>Marks a gRPC service or web endpoint as a module's, so the caller context checks the module's switch per municipality.</summary>
public sealed record ModuleEndpointMetadata(string ModuleId);
