import type { BuiltinTool } from "../define-tool.js";
import { calculateAspectRatio } from "./calculate-aspect-ratio.js";
import { calculateAudioFileSize } from "./calculate-audio-file-size.js";
import { convertVideoTimecode } from "./convert-video-timecode.js";
import { estimateReadingTime } from "./estimate-reading-time.js";
import { estimateVideoFileSize } from "./estimate-video-file-size.js";
import { fitImageDimensions } from "./fit-image-dimensions.js";
import { formatSrtSubtitles } from "./format-srt-subtitles.js";
import { getPodcastEpisodes } from "./get-podcast-episodes.js";
import { searchNewsArticles } from "./search-news-articles.js";
import { searchPodcasts } from "./search-podcasts.js";

/** Built-in tools of the Media category. */
export const mediaTools: readonly BuiltinTool[] = [
  searchNewsArticles,
  searchPodcasts,
  getPodcastEpisodes,
  estimateVideoFileSize,
  calculateAspectRatio,
  fitImageDimensions,
  estimateReadingTime,
  convertVideoTimecode,
  formatSrtSubtitles,
  calculateAudioFileSize,
];
