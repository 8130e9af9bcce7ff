using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Platform.Core.Tests.Architecture;

/// <summary>
/// A module's assembly as the compiler left it, read with Mono.Cecil: every use its types make of other types and
/// members, from signatures (base types, interfaces, fields, properties, parameters, attributes, constraints) and from
/// method bodies (locals, calls, field reads, casts, catch clauses). What the compiler makes for a type's code
/// (closures, async state machines) counts as that type's.
/// </summary>
internal sealed class CompiledModule
{
    private CompiledModule(ModuleDefinition module)
    {
        ModuleClass = module.Types.Single(type => type.Interfaces.Any(i => i.InterfaceType.FullName == "Platform.Sdk.Modules.IPlatformModule"));
        Uses = [.. module.GetTypes().SelectMany(UsesOf)];
        GrpcServices = [.. module.GetTypes().Where(IsGrpcService)];
    }

    /// <summary>The class that registers every part of the module: its namespace is the module's root namespace.</summary>
    public TypeDefinition ModuleClass { get; }

    public IReadOnlyList<TypeUse> Uses { get; }

    /// <summary>The module's gRPC services: its types whose base type is a generated service base.</summary>
    public IReadOnlyList<TypeDefinition> GrpcServices { get; }

    /// <summary>
    /// The assembly at the path, read from a copy in memory so that no file stays open. Base types are resolved from
    /// the module's folder (its contracts) and the test process's own assemblies (gRPC, the SDK, the framework), whose
    /// files the resolver closes once the module is read.
    /// </summary>
    public static CompiledModule Load(string assemblyPath)
    {
        using var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(assemblyPath));
        return new(ModuleDefinition.ReadModule(new MemoryStream(File.ReadAllBytes(assemblyPath)), new ReaderParameters { AssemblyResolver = resolver }));
    }

    /// <summary>The namespace a type is declared in; a nested type's is its outermost declaring type's.</summary>
    public static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    /// <summary>The full name of the outermost type declaring a type (the type itself when it is not nested).</summary>
    public static string OutermostName(TypeReference type) => Outermost(type).FullName;

    /// <summary>Whether the namespace is the module's own: the module class's, or one under it.</summary>
    public bool IsOwnNamespace(string name) =>
        name == ModuleClass.Namespace || name.StartsWith(ModuleClass.Namespace + ".", StringComparison.Ordinal);

    /// <summary>Whether the type derives from a generated service base: a class grpc marks with [BindServiceMethod].</summary>
    private static bool IsGrpcService(TypeDefinition type) =>
        type.BaseType is { } baseType
        && (baseType.Resolve() ?? throw new InvalidOperationException($"{type.FullName}'s base type {baseType.FullName} was not found"))
            .CustomAttributes.Any(attribute => attribute.AttributeType.FullName == "Grpc.Core.BindServiceMethodAttribute");

    private static TypeReference Outermost(TypeReference type) => type.DeclaringType is { } declaring ? Outermost(declaring) : type;

    private static IEnumerable<TypeUse> UsesOf(TypeDefinition type)
    {
        var origin = Outermost(type);
        return Referenced(type).SelectMany(reference => Named(reference.Type).Select(used => new TypeUse(origin, used, reference.Member)));
    }

    private static IEnumerable<(TypeReference? Type, MemberReference? Member)> Referenced(TypeDefinition type)
    {
        IEnumerable<(TypeReference?, MemberReference?)> signature =
        [
            (type.BaseType, null),
            .. type.Interfaces.Select(i => ((TypeReference?)i.InterfaceType, (MemberReference?)null)),
            .. Attributes(type),
            .. Constraints(type),
            .. type.Fields.SelectMany(field => Attributes(field).Prepend((field.FieldType, null))),
            .. type.Properties.SelectMany(property => Attributes(property).Prepend((property.PropertyType, null))),
            .. type.Events.Select(e => ((TypeReference?)e.EventType, (MemberReference?)null)),
        ];
        return signature.Concat(type.Methods.SelectMany(Referenced));
    }

    private static IEnumerable<(TypeReference?, MemberReference?)> Referenced(MethodDefinition method)
    {
        foreach (var reference in Attributes(method).Concat(Constraints(method)).Concat(Signature(method)))
        {
            yield return reference;
        }

        if (!method.HasBody)
        {
            yield break;
        }

        foreach (var variable in method.Body.Variables)
        {
            yield return (variable.VariableType, null);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            yield return (handler.CatchType, null);
        }

        foreach (var reference in method.Body.Instructions.SelectMany(Operand))
        {
            yield return reference;
        }
    }

    private static IEnumerable<(TypeReference?, MemberReference?)> Operand(Instruction instruction) => instruction.Operand switch
    {
        TypeReference type => [(type, null)],
        MethodReference method => [(method.DeclaringType, method), .. Signature(method)],
        FieldReference field => [(field.DeclaringType, field), (field.FieldType, null)],
        CallSite site => [(site.ReturnType, null), .. site.Parameters.Select(p => ((TypeReference?)p.ParameterType, (MemberReference?)null))],
        _ => [],
    };

    private static IEnumerable<(TypeReference?, MemberReference?)> Signature(MethodReference method) =>
    [
        (method.ReturnType, null),
        .. method.Parameters.Select(p => ((TypeReference?)p.ParameterType, (MemberReference?)null)),
        .. (method as GenericInstanceMethod)?.GenericArguments.Select(a => ((TypeReference?)a, (MemberReference?)null)) ?? [],
    ];

    private static IEnumerable<(TypeReference?, MemberReference?)> Attributes(ICustomAttributeProvider provider) =>
        provider.CustomAttributes.SelectMany(attribute => attribute.ConstructorArguments
            .Select(argument => (argument.Value as TypeReference, (MemberReference?)null))
            .Prepend((attribute.AttributeType, attribute.Constructor)));

    private static IEnumerable<(TypeReference?, MemberReference?)> Constraints(IGenericParameterProvider provider) =>
        provider.GenericParameters.SelectMany(parameter => parameter.Constraints)
            .Select(constraint => ((TypeReference?)constraint.ConstraintType, (MemberReference?)null));

    /// <summary>The named types a type is made of: an array's element, a generic type and its arguments, and so on.</summary>
    private static IEnumerable<TypeReference> Named(TypeReference? type) => type switch
    {
        null or GenericParameter => [],
        GenericInstanceType generic => Named(generic.ElementType).Concat(generic.GenericArguments.SelectMany(Named)),
        TypeSpecification specification => Named(specification.ElementType),
        _ => [type],
    };
}

/// <summary>
/// One use of a type by a type of the module (<paramref name="Origin"/>, the outermost type whose code it is), with the
/// member it calls or reads, if any. A type of the same assembly comes as its <see cref="TypeDefinition"/>.
/// </summary>
internal sealed record TypeUse(TypeReference Origin, TypeReference Used, MemberReference? Member)
{
    public override string ToString() => $"{Origin.FullName} uses {(Member is null ? Used.FullName : $"{Used.FullName}.{Member.Name}")}";
}
