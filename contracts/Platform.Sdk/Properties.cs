using System.Runtime.CompilerServices;

// The host's tenant factory is the only code that sets a tenant context's scope.
[assembly: InternalsVisibleTo("Platform.Host")]
