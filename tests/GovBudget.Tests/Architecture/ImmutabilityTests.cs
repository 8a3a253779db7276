using System.Reflection;
using System.Runtime.CompilerServices;
using GovBudget.Amounts;

namespace GovBudget.Tests.Architecture;

public class ImmutabilityTests
{
    private static readonly Assembly Library = typeof(Amount).Assembly;

    [Fact]
    public void PublicModelTypes_AreImmutable_BuildersExcepted()
    {
        var offenders = new List<string>();
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !IsExempt(t)))
        {
            if (type.IsValueType && !type.IsDefined(typeof(IsReadOnlyAttribute)))
            {
                offenders.Add($"{type.FullName}: struct is not readonly");
            }

            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!field.IsInitOnly)
                {
                    offenders.Add($"{type.FullName}.{field.Name}: mutable field");
                }
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
                {
                    offenders.Add($"{type.FullName}.{property.Name}: public setter");
                }

                if (IsMutableCollection(property.PropertyType))
                {
                    offenders.Add($"{type.FullName}.{property.Name}: mutable collection {property.PropertyType.Name}");
                }
            }
        }

        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void Builders_AreTheOnlyMutablePublicTypes()
    {
        var builders = Library.GetExportedTypes().Where(t => t.Name.EndsWith("Builder", StringComparison.Ordinal)).Select(t => t.Name).Order();
        builders.ShouldBe(["DisclosureBuilder", "TableBuilder"]);
        Library.GetExportedTypes().Where(t => t.Name.EndsWith("Builder", StringComparison.Ordinal))
            .ShouldAllBe(t => t.Namespace == "GovBudget.Building" && t.IsSealed);
    }

    [Fact]
    public void Layout_NamespacesMatchFolders()
    {
        string[] allowed = ["GovBudget", "GovBudget.Amounts", "GovBudget.Classification", "GovBudget.Collections", "GovBudget.Tables", "GovBudget.Tables.Budget", "GovBudget.Tables.Settlement", "GovBudget.Tables.Performance", "GovBudget.Disclosures", "GovBudget.Building", "GovBudget.Serialization", "GovBudget.Rules", "GovBudget.Rules.Formulas", "GovBudget.Rules.Families", "GovBudget.Rules.Sets", "GovBudget.Generation", "GovBudget.Testing", "GovBudget.TableSets", "GovBudget.Import", "GovBudget.Import.Layout", "GovBudget.Import.Text", "GovBudget.Import.Tables", "GovBudget.Narrative"];
        Library.GetExportedTypes().Select(t => t.Namespace).Distinct().Where(n => !allowed.Contains(n)).ShouldBeEmpty();
    }

    private static bool IsExempt(Type type)
        => type.Namespace == "GovBudget.Building" && type.Name.EndsWith("Builder", StringComparison.Ordinal)
            || typeof(Exception).IsAssignableFrom(type)
            || typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(type)
            || type.IsAbstract && type.IsSealed; // static classes

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type)
        => type.IsArray
            || (type.IsGenericType && type.GetGenericTypeDefinition() is var g
                && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>)));
}
