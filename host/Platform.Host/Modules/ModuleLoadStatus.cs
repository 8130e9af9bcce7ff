namespace Platform.Host.Modules;

public enum ModuleLoadStatus
{
    Loaded,
    Failed,
}
