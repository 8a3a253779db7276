using System.Text.Json;

namespace GovBudget.Tests.Cli;

/// <summary>
/// Checks a SARIF 2.1.0 log against rules of the spec that its JSON schema cannot express (the SARIF multitool's
/// <c>validate</c> checks the same ones): §3.10 URI references, §3.14.14 uriBaseId and originalUriBaseIds, §3.27.5
/// ruleId in tool.driver.rules and §3.27.6 ruleIndex, §3.30 regions (startLine ≥ 1, startColumn ≥ 1), §3.27.10
/// levels, §3.11 message text, §3.49 rule ids unique, §3.20 invocations with executionSuccessful.
/// </summary>
internal static class SarifChecker
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static List<string> Check(string sarif)
    {
        var errors = new List<string>();
        using var document = JsonDocument.Parse(sarif);
        var root = document.RootElement;
        if (root.GetProperty("version").GetString() != "2.1.0")
        {
            errors.Add("version is not 2.1.0");
        }

        foreach (var run in root.GetProperty("runs").EnumerateArray())
        {
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
            if (rules.Distinct(StringComparer.Ordinal).Count() != rules.Count)
            {
                errors.Add("rule ids are not unique");
            }

            var bases = new Dictionary<string, string>(StringComparer.Ordinal);
            if (run.TryGetProperty("originalUriBaseIds", out var originals))
            {
                foreach (var entry in originals.EnumerateObject())
                {
                    var uri = entry.Value.GetProperty("uri").GetString()!;
                    if (!Uri.TryCreate(uri, UriKind.Absolute, out _) || !uri.EndsWith('/'))
                    {
                        errors.Add($"originalUriBaseIds.{entry.Name} is not an absolute URI ending in '/': {uri}");
                    }

                    bases[entry.Name] = uri;
                }
            }

            if (!run.TryGetProperty("invocations", out var invocations) || invocations.GetArrayLength() == 0
                || invocations[0].GetProperty("executionSuccessful").ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add("no invocation with executionSuccessful");
            }

            var index = 0;
            foreach (var result in run.GetProperty("results").EnumerateArray())
            {
                var at = $"results[{index++}]";
                var ruleId = result.GetProperty("ruleId").GetString()!;
                var ruleIndex = rules.IndexOf(ruleId);
                if (ruleIndex < 0)
                {
                    errors.Add($"{at}: ruleId {ruleId} is not in tool.driver.rules");
                }

                if (result.TryGetProperty("ruleIndex", out var given) && given.GetInt32() != ruleIndex)
                {
                    errors.Add($"{at}: ruleIndex {given.GetInt32()} does not point at {ruleId}");
                }

                if (result.TryGetProperty("level", out var level) && !Levels.Contains(level.GetString()))
                {
                    errors.Add($"{at}: level {level.GetString()}");
                }

                if (string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()))
                {
                    errors.Add($"{at}: empty message");
                }

                foreach (var location in result.GetProperty("locations").EnumerateArray())
                {
                    var physical = location.GetProperty("physicalLocation");
                    var artifact = physical.GetProperty("artifactLocation");
                    var uri = artifact.GetProperty("uri").GetString()!;
                    if (!IsUriReference(uri))
                    {
                        errors.Add($"{at}: uri is not a valid URI reference: {uri}");
                    }

                    var absolute = Uri.TryCreate(uri, UriKind.Absolute, out _);
                    if (!absolute && (!artifact.TryGetProperty("uriBaseId", out var baseId) || !bases.ContainsKey(baseId.GetString()!)))
                    {
                        errors.Add($"{at}: relative uri {uri} without a uriBaseId defined in originalUriBaseIds");
                    }

                    var hasRegion = physical.TryGetProperty("region", out var region);
                    if (uri.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    {
                        // A binary artifact: text regions (startLine) do not apply; the page goes in the result's properties.
                        if (hasRegion && region.TryGetProperty("startLine", out _))
                        {
                            errors.Add($"{at}: a text region on a PDF (binary artifact)");
                        }

                        if (result.TryGetProperty("properties", out var properties) && properties.TryGetProperty("page", out var page) && page.GetInt32() < 1)
                        {
                            errors.Add($"{at}: properties.page < 1");
                        }

                        continue;
                    }

                    if (!hasRegion)
                    {
                        errors.Add($"{at}: no region");
                        continue;
                    }

                    if (region.GetProperty("startLine").GetInt64() < 1)
                    {
                        errors.Add($"{at}: startLine < 1");
                    }

                    if (region.TryGetProperty("startColumn", out var column) && column.GetInt64() < 1)
                    {
                        errors.Add($"{at}: startColumn < 1");
                    }
                }
            }
        }

        return errors;
    }

    /// <summary>RFC 3986 URI reference: only unreserved, reserved and percent-encoded octets.</summary>
    private static bool IsUriReference(string uri)
    {
        for (var i = 0; i < uri.Length; i++)
        {
            var c = uri[i];
            if (c == '%')
            {
                if (i + 2 >= uri.Length || !Uri.IsHexDigit(uri[i + 1]) || !Uri.IsHexDigit(uri[i + 2]))
                {
                    return false;
                }

                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".Contains(c)))
            {
                return false;
            }
        }

        return Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _);
    }
}
