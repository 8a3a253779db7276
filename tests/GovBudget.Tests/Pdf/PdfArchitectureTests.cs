using System.Reflection;
using System.Runtime.CompilerServices;
using GovBudget.Pdf;

namespace GovBudget.Tests.Pdf;

/// <summary>The public surface of the PDF package: immutable results and options, one namespace, PdfPig hidden.</summary>
public sealed class PdfArchitectureTests
{
    private static readonly Assembly Package = typeof(PdfLayoutReader).Assembly;

    [Fact]
    public void PublicTypes_AreImmutableAndInOneNamespace()
    {
        var types = Package.GetExportedTypes();

        types.Select(static t => t.Name).Order().ShouldBe(["PdfDiagnostic", "PdfDiagnosticCode", "PdfLayoutReader", "PdfReadOptions", "PdfReadResult"]);
        types.ShouldAllBe(static t => t.Namespace == "GovBudget.Pdf");
        foreach (var type in types.Where(static t => t.IsClass && !(t.IsAbstract && t.IsSealed)))
        {
            type.IsSealed.ShouldBeTrue(type.Name);
            type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
                .Where(static p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
                .ShouldBeEmpty(type.Name);
        }
    }

    [Fact]
    public void PublicMembers_DoNotExposePdfPig()
    {
        var exposed = from type in Package.GetExportedTypes()
                      from member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
                      let types = member switch
                      {
                          MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(static p => p.ParameterType)],
                          PropertyInfo p => [p.PropertyType],
                          _ => Array.Empty<Type>(),
                      }
                      from t in types
                      where t.Assembly.GetName().Name!.StartsWith("UglyToad", StringComparison.Ordinal)
                      select $"{type.Name}.{member.Name}";
        exposed.ShouldBeEmpty();
    }
}
