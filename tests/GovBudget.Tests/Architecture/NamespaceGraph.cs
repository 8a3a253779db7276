using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace GovBudget.Tests.Architecture;

/// <summary>
/// The namespace dependencies of a compiled assembly, read from its metadata and IL with System.Reflection.Metadata:
/// a namespace depends on another when one of its types (or a type nested in one, closures and state machines
/// included) names a type of the other in its base type, interfaces, generic constraints, fields, method and property
/// signatures, locals, custom attributes (constructor and <c>typeof</c> arguments) or method bodies (every token an
/// instruction names). Only namespaces under <c>rootNamespace</c> are kept.
/// </summary>
internal sealed class NamespaceGraph
{
    private NamespaceGraph(IReadOnlyDictionary<string, ImmutableSortedSet<string>> edges) => Edges = edges;

    /// <summary>Each namespace's direct dependencies (itself excluded); every namespace of the assembly is a key.</summary>
    public IReadOnlyDictionary<string, ImmutableSortedSet<string>> Edges { get; }

    public static NamespaceGraph FromEdges(IEnumerable<(string From, string To)> edges, IEnumerable<string>? namespaces = null)
    {
        var map = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var ns in namespaces ?? [])
        {
            map.TryAdd(ns, new SortedSet<string>(StringComparer.Ordinal));
        }

        foreach (var (from, to) in edges)
        {
            map.TryAdd(to, new SortedSet<string>(StringComparer.Ordinal));
            if (!map.TryGetValue(from, out var targets))
            {
                map[from] = targets = new SortedSet<string>(StringComparer.Ordinal);
            }

            if (from != to)
            {
                targets.Add(to);
            }
        }

        return new NamespaceGraph(map.ToDictionary(p => p.Key, p => p.Value.ToImmutableSortedSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }

    public NamespaceGraph With(string from, string to) => FromEdges(AllEdges.Append((from, to)), Edges.Keys);

    public IEnumerable<(string From, string To)> AllEdges => Edges.SelectMany(p => p.Value.Select(to => (p.Key, to)));

    public static NamespaceGraph Read(string assemblyPath, string rootNamespace)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var collector = new Collector(reader, pe, rootNamespace);
        return FromEdges(collector.Collect(), collector.Namespaces);
    }

    /// <summary>The strongly connected components with more than one namespace (each sorted), largest first.</summary>
    public IReadOnlyList<ImmutableArray<string>> Cycles()
    {
        // Tarjan's algorithm, iterative enough for a graph of a few dozen nodes (recursion depth ≤ node count).
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ImmutableArray<string>>();
        var next = 0;

        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Edges[v])
            {
                if (!index.TryGetValue(w, out var wIndex))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], wIndex);
                }
            }

            if (low[v] == index[v])
            {
                var component = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    component.Add(w);
                }
                while (w != v);

                if (component.Count > 1)
                {
                    result.Add([.. component.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var v in Edges.Keys)
        {
            if (!index.ContainsKey(v))
            {
                Visit(v);
            }
        }

        return [.. result.OrderByDescending(c => c.Length).ThenBy(c => c[0], StringComparer.Ordinal)];
    }

    private sealed class Collector(MetadataReader reader, PEReader pe, string root)
    {
        private readonly Dictionary<TypeDefinitionHandle, string?> namespaces = [];
        private readonly List<(string, string)> edges = [];
        private string current = "";

        public IEnumerable<string> Namespaces => namespaces.Values.OfType<string>().Distinct();

        public List<(string, string)> Collect()
        {
            foreach (var handle in reader.TypeDefinitions)
            {
                if (NamespaceOf(handle) is not { } ns)
                {
                    continue;
                }

                current = ns;
                var type = reader.GetTypeDefinition(handle);
                Entity(type.BaseType);
                foreach (var i in type.GetInterfaceImplementations())
                {
                    Entity(reader.GetInterfaceImplementation(i).Interface);
                }

                GenericParameters(type.GetGenericParameters());
                Attributes(type.GetCustomAttributes());
                foreach (var f in type.GetFields())
                {
                    var field = reader.GetFieldDefinition(f);
                    field.DecodeSignature(new TypeNames(this), null);
                    Attributes(field.GetCustomAttributes());
                }

                foreach (var p in type.GetProperties())
                {
                    var property = reader.GetPropertyDefinition(p);
                    property.DecodeSignature(new TypeNames(this), null);
                    Attributes(property.GetCustomAttributes());
                }

                foreach (var e in type.GetEvents())
                {
                    var ev = reader.GetEventDefinition(e);
                    Entity(ev.Type);
                    Attributes(ev.GetCustomAttributes());
                }

                foreach (var m in type.GetMethods())
                {
                    Method(reader.GetMethodDefinition(m));
                }
            }

            return edges;
        }

        private void Method(MethodDefinition method)
        {
            method.DecodeSignature(new TypeNames(this), null);
            Attributes(method.GetCustomAttributes());
            GenericParameters(method.GetGenericParameters());
            foreach (var p in method.GetParameters())
            {
                Attributes(reader.GetParameter(p).GetCustomAttributes());
            }

            if (method.RelativeVirtualAddress == 0)
            {
                return;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(new TypeNames(this), null);
            }

            foreach (var region in body.ExceptionRegions)
            {
                if (region.Kind == ExceptionRegionKind.Catch)
                {
                    Entity(region.CatchType);
                }
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                var code = (int)il.ReadByte();
                if (code == 0xFE)
                {
                    code = 0xFE00 | il.ReadByte();
                }

                switch (OperandSize(code))
                {
                    case Operand.Token:
                        Token(il.ReadInt32());
                        break;
                    case Operand.Switch:
                        var count = il.ReadInt32();
                        il.Offset += count * 4;
                        break;
                    case var size:
                        il.Offset += (int)size;
                        break;
                }
            }
        }

        private void Token(int token)
        {
            var handle = MetadataTokens.EntityHandle(token);
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification or HandleKind.MemberReference
                    or HandleKind.MethodDefinition or HandleKind.FieldDefinition or HandleKind.MethodSpecification:
                    Entity(handle);
                    break;
                case HandleKind.StandaloneSignature:
                    reader.GetStandaloneSignature((StandaloneSignatureHandle)handle).DecodeMethodSignature(new TypeNames(this), null);
                    break;
            }
        }

        private void Entity(EntityHandle handle)
        {
            if (handle.IsNil)
            {
                return;
            }

            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    Depend((TypeDefinitionHandle)handle);
                    break;
                case HandleKind.TypeSpecification:
                    reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(new TypeNames(this), null);
                    break;
                case HandleKind.MethodDefinition:
                    Depend(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.FieldDefinition:
                    Depend(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                    break;
                case HandleKind.MemberReference:
                    var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    Entity(member.Parent);
                    if (member.GetKind() == MemberReferenceKind.Method)
                    {
                        member.DecodeMethodSignature(new TypeNames(this), null);
                    }
                    else
                    {
                        member.DecodeFieldSignature(new TypeNames(this), null);
                    }

                    break;
                case HandleKind.MethodSpecification:
                    var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                    Entity(spec.Method);
                    spec.DecodeSignature(new TypeNames(this), null);
                    break;
            }
        }

        private void GenericParameters(GenericParameterHandleCollection parameters)
        {
            foreach (var p in parameters)
            {
                var parameter = reader.GetGenericParameter(p);
                Attributes(parameter.GetCustomAttributes());
                foreach (var c in parameter.GetConstraints())
                {
                    Entity(reader.GetGenericParameterConstraint(c).Type);
                }
            }
        }

        private void Attributes(CustomAttributeHandleCollection attributes)
        {
            foreach (var a in attributes)
            {
                var attribute = reader.GetCustomAttribute(a);
                Entity(attribute.Constructor);

                // typeof(...) arguments are stored as type names: [JsonConverter(typeof(X))] depends on X.
                CustomAttributeValue<AttributeType> value;
                try
                {
                    value = attribute.DecodeValue(new AttributeTypes(reader));
                }
                catch (BadImageFormatException ex)
                {
                    throw new InvalidOperationException($"Cannot decode an attribute {AttributeName(attribute)} in {current}.", ex);
                }
                foreach (var argument in value.FixedArguments.Concat(value.NamedArguments.Select(n => new CustomAttributeTypedArgument<AttributeType>(n.Type, n.Value))))
                {
                    TypeArguments(argument);
                }
            }
        }

        private string AttributeName(CustomAttribute attribute)
        {
            var parent = attribute.Constructor.Kind == HandleKind.MemberReference
                ? reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent
                : reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType();
            return parent.Kind switch
            {
                HandleKind.TypeReference => reader.GetString(reader.GetTypeReference((TypeReferenceHandle)parent).Name),
                HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((TypeDefinitionHandle)parent).Name),
                _ => parent.Kind.ToString(),
            };
        }

        private void TypeArguments(CustomAttributeTypedArgument<AttributeType> argument)
        {
            switch (argument.Value)
            {
                case AttributeType { IsSerializedName: true, Name: { } name }:
                    DependOnName(name);
                    break;
                case ImmutableArray<CustomAttributeTypedArgument<AttributeType>> items:
                    foreach (var item in items)
                    {
                        TypeArguments(item);
                    }

                    break;
            }
        }

        private void DependOnName(string serializedName)
        {
            // "Ns.Outer+Inner`1[[Arg, Asm]], Asm": the namespace is what precedes the last dot of the outer type name.
            var name = serializedName;
            var cut = name.IndexOfAny([',', '[', '+', '`']);
            if (cut >= 0)
            {
                name = name[..cut];
            }

            var dot = name.LastIndexOf('.');
            if (dot > 0)
            {
                Add(name[..dot]);
            }

            // Generic arguments name further types.
            var open = serializedName.IndexOf("[[", StringComparison.Ordinal);
            if (open >= 0)
            {
                foreach (var part in serializedName[(open + 2)..].Split("[", StringSplitOptions.RemoveEmptyEntries))
                {
                    DependOnName(part.TrimStart('['));
                }
            }
        }

        internal void Depend(TypeDefinitionHandle handle)
        {
            if (NamespaceOf(handle) is { } ns)
            {
                Add(ns);
            }
        }

        private void Add(string ns)
        {
            if (IsUnderRoot(ns) && ns != current)
            {
                edges.Add((current, ns));
            }
        }

        private bool IsUnderRoot(string ns) => ns == root || ns.StartsWith(root + ".", StringComparison.Ordinal);

        private string? NamespaceOf(TypeDefinitionHandle handle)
        {
            if (namespaces.TryGetValue(handle, out var known))
            {
                return known;
            }

            var type = reader.GetTypeDefinition(handle);
            var declaring = type.GetDeclaringType();
            var ns = declaring.IsNil ? reader.GetString(type.Namespace) : NamespaceOf(declaring);
            ns = ns is not null && IsUnderRoot(ns) ? ns : null;
            namespaces[handle] = ns;
            return ns;
        }

        private enum Operand
        {
            None = 0,
            One = 1,
            Two = 2,
            Four = 4,
            Eight = 8,
            Token = -1,
            Switch = -2,
        }

        private static Operand OperandSize(int code) => code switch
        {
            // ShortInlineVar, ShortInlineI, ShortInlineBrTarget; unaligned.
            >= 0x0E and <= 0x13 or 0x1F or >= 0x2B and <= 0x37 or 0xDE or 0xFE12 => Operand.One,
            // InlineVar (ldarg, ldarga, starg, ldloc, ldloca, stloc).
            >= 0xFE09 and <= 0xFE0E => Operand.Two,
            // InlineI, ShortInlineR, InlineBrTarget, InlineString (a user string, not a type).
            0x20 or 0x22 or >= 0x38 and <= 0x44 or 0xDD or 0x72 => Operand.Four,
            // InlineI8, InlineR.
            0x21 or 0x23 => Operand.Eight,
            0x45 => Operand.Switch,
            // InlineMethod, InlineSig, InlineType, InlineField, InlineTok.
            0x27 or 0x28 or 0x29 or 0x6F or 0x73 or 0xFE06 or 0xFE07
                or 0x70 or 0x71 or 0x74 or 0x75 or 0x79 or 0x81 or 0x8C or 0x8D or 0x8F or 0xA3 or 0xA4 or 0xA5 or 0xC2 or 0xC6
                or 0xFE15 or 0xFE16 or 0xFE1C
                or >= 0x7B and <= 0x80 or 0xD0 => Operand.Token,
            _ => Operand.None,
        };

        /// <summary>Records every type definition of the assembly a signature names.</summary>
        private sealed class TypeNames(Collector owner) : ISignatureTypeProvider<int, object?>
        {
            public int GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
            {
                owner.Depend(handle);
                return 0;
            }

            public int GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
                => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

            public int GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => 0;

            public int GetArrayType(int elementType, ArrayShape shape) => 0;

            public int GetByReferenceType(int elementType) => 0;

            public int GetFunctionPointerType(MethodSignature<int> signature) => 0;

            public int GetGenericInstantiation(int genericType, ImmutableArray<int> typeArguments) => 0;

            public int GetGenericMethodParameter(object? genericContext, int index) => 0;

            public int GetGenericTypeParameter(object? genericContext, int index) => 0;

            public int GetModifiedType(int modifier, int unmodifiedType, bool isRequired) => 0;

            public int GetPinnedType(int elementType) => 0;

            public int GetPointerType(int elementType) => 0;

            public int GetPrimitiveType(PrimitiveTypeCode typeCode) => 0;

            public int GetSZArrayType(int elementType) => 0;
        }
    }

    /// <summary>A type as a custom attribute blob names it: by its serialized name (<c>typeof</c> arguments) or not at all.</summary>
    private sealed record AttributeType(string? Name, PrimitiveTypeCode? Underlying = null, bool IsSystemType = false, bool IsSerializedName = false);

    private sealed class AttributeTypes(MetadataReader reader) : ICustomAttributeTypeProvider<AttributeType>
    {
        public AttributeType GetPrimitiveType(PrimitiveTypeCode typeCode) => new(null, typeCode);

        public AttributeType GetSystemType() => new(null, IsSystemType: true);

        public AttributeType GetSZArrayType(AttributeType elementType) => new(null);

        public AttributeType GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind)
            => new(null, EnumUnderlying(handle));

        public AttributeType GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = r.GetTypeReference(handle);
            var fullName = $"{r.GetString(type.Namespace)}.{r.GetString(type.Name)}";
            var underlying = RuntimeEnumUnderlying(fullName);
            if (underlying is null && type.ResolutionScope.Kind == HandleKind.AssemblyReference)
            {
                var assembly = System.Reflection.Assembly.Load(r.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).GetAssemblyName());
                underlying = RuntimeEnumUnderlying(assembly.GetType(fullName));
            }

            // An enum argument's underlying type sizes its value in the blob; an enum the runtime cannot find is taken
            // as int (every enum used in this library's attributes is).
            return new(fullName, underlying ?? PrimitiveTypeCode.Int32);
        }

        public AttributeType GetTypeFromSerializedName(string name) => new(name, IsSerializedName: true);

        public PrimitiveTypeCode GetUnderlyingEnumType(AttributeType type)
            => type.Underlying ?? (type.Name is { } n ? RuntimeEnumUnderlying(n.Split(',')[0]) : null)
                ?? throw new InvalidOperationException($"Cannot tell the underlying type of the enum {type.Name} in an attribute.");

        public bool IsSystemType(AttributeType type) => type.IsSystemType || type is { IsSerializedName: false, Name: "System.Type" };

        private PrimitiveTypeCode? EnumUnderlying(TypeDefinitionHandle handle)
        {
            // An enum's one instance field is value__, of the underlying type.
            foreach (var f in reader.GetTypeDefinition(handle).GetFields())
            {
                var field = reader.GetFieldDefinition(f);
                if ((field.Attributes & System.Reflection.FieldAttributes.Static) == 0)
                {
                    return field.DecodeSignature(new PrimitiveOnly(), null);
                }
            }

            return null;
        }

        private static PrimitiveTypeCode? RuntimeEnumUnderlying(string fullName)
            => RuntimeEnumUnderlying(AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName)).FirstOrDefault(t => t is not null));

        private static PrimitiveTypeCode? RuntimeEnumUnderlying(Type? type)
        {
            return type is { IsEnum: true } ? Type.GetTypeCode(Enum.GetUnderlyingType(type)) switch
            {
                TypeCode.Byte => PrimitiveTypeCode.Byte,
                TypeCode.SByte => PrimitiveTypeCode.SByte,
                TypeCode.Int16 => PrimitiveTypeCode.Int16,
                TypeCode.UInt16 => PrimitiveTypeCode.UInt16,
                TypeCode.UInt32 => PrimitiveTypeCode.UInt32,
                TypeCode.Int64 => PrimitiveTypeCode.Int64,
                TypeCode.UInt64 => PrimitiveTypeCode.UInt64,
                _ => PrimitiveTypeCode.Int32,
            } : null;
        }

        private sealed class PrimitiveOnly : ISignatureTypeProvider<PrimitiveTypeCode, object?>
        {
            public PrimitiveTypeCode GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode;

            public PrimitiveTypeCode GetArrayType(PrimitiveTypeCode elementType, ArrayShape shape) => default;

            public PrimitiveTypeCode GetByReferenceType(PrimitiveTypeCode elementType) => default;

            public PrimitiveTypeCode GetFunctionPointerType(MethodSignature<PrimitiveTypeCode> signature) => default;

            public PrimitiveTypeCode GetGenericInstantiation(PrimitiveTypeCode genericType, ImmutableArray<PrimitiveTypeCode> typeArguments) => default;

            public PrimitiveTypeCode GetGenericMethodParameter(object? genericContext, int index) => default;

            public PrimitiveTypeCode GetGenericTypeParameter(object? genericContext, int index) => default;

            public PrimitiveTypeCode GetModifiedType(PrimitiveTypeCode modifier, PrimitiveTypeCode unmodifiedType, bool isRequired) => unmodifiedType;

            public PrimitiveTypeCode GetPinnedType(PrimitiveTypeCode elementType) => default;

            public PrimitiveTypeCode GetPointerType(PrimitiveTypeCode elementType) => default;

            public PrimitiveTypeCode GetSZArrayType(PrimitiveTypeCode elementType) => default;

            public PrimitiveTypeCode GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => default;

            public PrimitiveTypeCode GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => default;

            public PrimitiveTypeCode GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => default;
        }
    }
}
