namespace Platform.Host.Modules;

/// <summary>Why a module folder was left out, for a page to say in the reader's language (the error says it in detail).</summary>
public enum ModuleFailure
{
    None,
    NoAssembly,
    NotOneModule,
    ContractVersion,
    CannotLoad,
    DuplicateId,
    MissingDependency,
    RegistrationFailed,
}
