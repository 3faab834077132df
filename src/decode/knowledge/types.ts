import type { Errcode, Platform } from '../types';

export type Lang = 'zh' | 'en';

export interface Text {
  zh: string;
  en: string;
}

export interface TextList {
  zh: string[];
  en: string[];
}

/** data/codes/<platform>.json */
export interface CodeFile {
  platform: Platform;
  codes: Array<{ code: Errcode; zh: string; en: string; legacy?: boolean; note?: Text; layers?: string[]; httpStatus?: number }>;
}

/** data/hints/<platform>.json */
export interface HintFile {
  platform: Platform;
  hints: Array<{ code: Errcode; causes: TextList; fixes: TextList; docUrl: string }>;
}

/** data/overrides.json: meanings that hold only on some endpoints. */
export interface OverrideFile {
  overrides: Array<{
    platform: Platform;
    code: number;
    /** Exact paths, or prefixes ending with '/'. */
    paths: string[];
    zh: string;
    en: string;
    causes?: TextList;
    fixes?: TextList;
  }>;
}

/** data/endpoints/<platform>.json */
export interface EndpointFile {
  platform: Platform;
  endpoints: Array<{ path: string; product: string; zh: string; en: string }>;
}

/** data/platforms.json */
export interface PlatformFile {
  platforms: Array<{ platform: Platform; name: Text; docUrl: string; codeQueryUrl?: string }>;
}

/** data/products.json */
export interface ProductFile {
  prefixes: Array<{ prefix: string; product: string }>;
}

export const PRODUCTS = ['mp', 'miniprogram', 'open', 'channels', 'common', 'wecom', 'pay'] as const;
export type Product = (typeof PRODUCTS)[number];

export interface RawKnowledge {
  platforms: PlatformFile;
  codes: CodeFile[];
  hints: HintFile[];
  overrides: OverrideFile;
  endpoints: EndpointFile[];
  products: ProductFile;
}

export interface CompiledCode {
  zh: string;
  en: string;
  legacy?: true;
  note?: Text;
  causes?: TextList;
  fixes?: TextList;
  docUrl?: string;
}

export interface CompiledOverride extends Omit<CompiledCode, 'legacy' | 'note' | 'docUrl'> {
  paths: string[];
}

export interface CompiledEndpoint {
  zh: string;
  en: string;
  product: string;
}

/** The lookup the panel loads lazily and the command line builds at start. */
export interface Knowledge {
  platforms: Record<Platform, { name: Text; docUrl: string; codeQueryUrl?: string }>;
  codes: Record<Platform, Record<string, CompiledCode>>;
  overrides: Record<Platform, Record<string, CompiledOverride[]>>;
  endpoints: Record<Platform, Record<string, CompiledEndpoint>>;
  /** Longest prefix first. */
  productPrefixes: Array<[string, Product]>;
}
