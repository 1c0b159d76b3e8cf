namespace Caseload.Application.Common;

/// <summary>Sends a short text to a phone. Development and tests write each SMS as a file in an outbox folder; production sends
/// through the municipality's SMS gateway (README, "Configuration": <c>Sms:GatewayUrl</c>). A failure throws
/// <see cref="SmsSendException"/> with a reason that holds neither the number nor the text.</summary>
public interface ISmsSender
{
    Task SendAsync(string phone, string text, CancellationToken cancellationToken = default);
}

public sealed class SmsSendException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>A phone number as an SMS gateway wants it: digits with an optional leading +; a Danish 8-digit number gets +45.
/// Null when the text is no usable phone number.</summary>
public static class SmsNumbers
{
    public static string? Normalize(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        var trimmed = phone.Trim();
        var plus = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        var digits = new string([.. trimmed.Where(char.IsAsciiDigit)]);
        if (trimmed.StartsWith("00", StringComparison.Ordinal)) digits = digits[2..];
        if (trimmed.Any(c => !char.IsAsciiDigit(c) && c is not (' ' or '+' or '-' or '(' or ')' or '.'))) return null;
        if (!plus && digits.Length == 8) return "+45" + digits;
        return plus && digits.Length is >= 8 and <= 15 ? "+" + digits : null;
    }
}
