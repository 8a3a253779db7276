using System.Text.Json;

namespace GovBudget.Serialization.Json;

/// <summary>Enums on the wire: the camelCase member name (<c>civilServiceManaged</c>), never a number.</summary>
internal static class WireEnum
{
    public static string Name<T>(T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"{value} is not a defined {typeof(T).Name}.", nameof(value));
        }

        return JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
    }

    public static T Parse<T>(string? text, string path)
        where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            if (string.Equals(Name(value), text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        throw new JsonMappingException(path, $"'{text}' is not one of: {string.Join(", ", Enum.GetValues<T>().Select(Name))}.");
    }
}
