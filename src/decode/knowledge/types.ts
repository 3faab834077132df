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

/** Where a piece of knowledge was read: an official page, or the SDK / list it came from. */
export interface SourceEntry {
  title: string;
  url?: string;
}

/** data/codes/<platform>.json */
export interface CodeFile {
  platform: Platform;
  /** Catalogue of the lists the meanings came from, by id. */
  sources: Record<string, SourceEntry>;
  /** When the meanings were last compared with their sources (YYYY-MM-DD). */
  checked: string;
  codes: Array<{ code: Errcode; zh: string; en: string; src: string[]; checked?: string; legacy?: boolean; note?: Text; layers?: string[]; httpStatus?: number }>;
}

/** data/hints/<platform>.json */
export interface HintFile {
  platform: Platform;
  /** `source`: the page (or list) the causes and fixes were read from; `checked`: when (YYYY-MM-DD). */
  hints: Array<{ code: Errcode; causes: TextList; fixes: TextList; docUrl: string; source: string; checked: string }>;
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
    /** An https URL of the page the meaning was read from, or the name of the list. */
    source: string;
    checked: string;
  }>;
}

/** data/api-codes/<family>.json: codes that APIs document on their own pages. */
export interface ApiCodeFile {
  family: string;
  platform: Platform;
  title: Text;
  /** Every API page read, including those that list no code of their own. */
  endpointsChecked: Array<{ path: string; source: string; checked: string }>;
  codes: Array<{ code: number; paths: string[]; zh: string; en: string; causes?: TextList; fixes?: TextList; source: string; checked: string }>;
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
  apiCodes: ApiCodeFile[];
  endpoints: EndpointFile[];
  products: ProductFile;
}

/** A source as compiled (a page has its URL only, a list its title, a catalogue entry both), with when it was checked. */
export interface SourceRef {
  title?: string;
  url?: string;
  checked: string;
}

export interface CompiledCode {
  zh: string;
  en: string;
  legacy?: true;
  note?: Text;
  causes?: TextList;
  fixes?: TextList;
  docUrl?: string;
  /** Index into `Knowledge.sourceSets`: where the meaning came from. */
  src?: number;
  /** Index into `Knowledge.sourceSets`: where the causes and fixes came from. */
  hintSrc?: number;
}

export interface CompiledOverride extends Omit<CompiledCode, 'legacy' | 'note' | 'docUrl' | 'hintSrc'> {
  paths: string[];
  src: number;
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
  /** Every source once; entries refer to them through `sourceSets`, which keeps the chunk small. */
  sources: SourceRef[];
  sourceSets: number[][];
}
