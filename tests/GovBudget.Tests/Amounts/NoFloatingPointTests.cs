using System.Reflection;
using GovBudget.Amounts;

namespace GovBudget.Tests.Amounts;

public class NoFloatingPointTests
{
    [Fact]
    public void PublicApi_NoDoubleOrFloat_Anywhere()
    {
        // BannedApiAnalyzers (src/GovBudget/BannedSymbols.txt) bans double/float inside the library; this checks the surface.
        var offenders = new List<string>();
        foreach (var type in typeof(Amount).Assembly.GetExportedTypes())
        {
            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    FieldInfo f => [f.FieldType],
                    PropertyInfo p => [p.PropertyType],
                    MethodInfo m => m.GetParameters().Select(x => x.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(x => x.ParameterType),
                    _ => Enumerable.Empty<Type>(),
                };
                if (types.Any(IsFloatingPoint))
                {
                    offenders.Add($"{type.FullName}.{member.Name}");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    private static bool IsFloatingPoint(Type t)
    {
        var element = t.HasElementType ? t.GetElementType()! : t;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element == typeof(double) || element == typeof(float) || element == typeof(Half)
            || (element.IsGenericType && element.GetGenericArguments().Any(IsFloatingPoint));
    }
}
