import QRCode from "qrcode";

// Error correction "M" survives a poster that is a little creased or badly lit.
const options = { errorCorrectionLevel: "M", margin: 2 } as const;

export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: "svg" });
}

export function qrCodePng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: "png", width: 1024 });
}
