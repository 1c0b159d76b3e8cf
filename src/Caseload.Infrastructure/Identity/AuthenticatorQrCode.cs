using QRCoder;

namespace Caseload.Infrastructure.Identity;

/// <summary>The otpauth:// URI an authenticator app reads, drawn as an inline SVG QR code.</summary>
public static class AuthenticatorQrCode
{
    public static string Uri(string issuer, string account, string key)
        => $"otpauth://totp/{System.Uri.EscapeDataString(issuer)}:{System.Uri.EscapeDataString(account)}" +
           $"?secret={key}&issuer={System.Uri.EscapeDataString(issuer)}&digits=6";

    public static string Svg(string uri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(4);
    }
}
