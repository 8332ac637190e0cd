//! Section kinds and the words that label them.
//!
//! A section is recognised by a label — one of its aliases, in Korean or
//! English, compared case-insensitively — followed by `:` or `：` (or written
//! as a heading or a bold label). The built-in aliases are the ones real notes
//! use; configuration can add more.

use std::collections::HashMap;
use std::fmt;

/// The language of the labels a fix writes: see [`SectionKind::canonical_label`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelLanguage {
    Korean,
    English,
    Chinese,
    /// Chinese as Taiwan and Hong Kong write it: `動機`, `實驗`.
    TraditionalChinese,
    Japanese,
    Vietnamese,
}

/// What a section of a review is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    Purpose,
    Method,
    Experiment,
    Novelty,
    Limitations,
    Takeaways,
    /// `Summary`, `TL;DR`, `Abstract`, `요약`: shown in hover, never one of
    /// the required three.
    Summary,
}

impl SectionKind {
    pub const ALL: [SectionKind; 7] = [
        SectionKind::Purpose,
        SectionKind::Method,
        SectionKind::Experiment,
        SectionKind::Novelty,
        SectionKind::Limitations,
        SectionKind::Takeaways,
        SectionKind::Summary,
    ];

    /// Whether the kind is one of the three parts a review needs: purpose,
    /// method, experiment.
    pub fn is_one_of_the_three(self) -> bool {
        matches!(
            self,
            SectionKind::Purpose | SectionKind::Method | SectionKind::Experiment
        )
    }

    /// The name used in configuration and in machine-readable output.
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Purpose => "purpose",
            SectionKind::Method => "method",
            SectionKind::Experiment => "experiment",
            SectionKind::Novelty => "novelty",
            SectionKind::Limitations => "limitations",
            SectionKind::Takeaways => "takeaways",
            SectionKind::Summary => "summary",
        }
    }

    pub fn from_name(name: &str) -> Option<SectionKind> {
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
    }

    /// The label fixes insert: the canonical form of DESIGN.md (`목적`,
    /// `Method`, `실험`) in notes written with Korean labels, English ones in
    /// notes whose labels are all English, and a one-paper note's own
    /// language for the three parts a fix adds to one headed in Chinese
    /// (`动机`, `方法`, `实验`; `動機`, `實驗` in traditional characters),
    /// Japanese (`目的`, `手法`, `実験`) or Vietnamese (`Mục tiêu`,
    /// `Phương pháp`, `Thí nghiệm`); its other kinds stay English there.
    pub fn canonical_label(self, language: LabelLanguage) -> &'static str {
        use LabelLanguage::{Chinese, English, Japanese, Korean, TraditionalChinese, Vietnamese};
        match (self, language) {
            (SectionKind::Purpose, Korean) => "목적",
            (SectionKind::Purpose, Chinese) => "动机",
            (SectionKind::Purpose, TraditionalChinese) => "動機",
            (SectionKind::Purpose, Japanese) => "目的",
            (SectionKind::Purpose, Vietnamese) => "Mục tiêu",
            (SectionKind::Method, Chinese | TraditionalChinese) => "方法",
            (SectionKind::Method, Japanese) => "手法",
            (SectionKind::Method, Vietnamese) => "Phương pháp",
            (SectionKind::Method, _) => "Method",
            (SectionKind::Experiment, Korean) => "실험",
            (SectionKind::Experiment, Chinese) => "实验",
            (SectionKind::Experiment, TraditionalChinese) => "實驗",
            (SectionKind::Experiment, Japanese) => "実験",
            (SectionKind::Experiment, Vietnamese) => "Thí nghiệm",
            (SectionKind::Limitations, Korean) => "한계",
            (SectionKind::Takeaways, Korean) => "느낀 점",
            (SectionKind::Summary, Korean) => "요약",
            (SectionKind::Purpose, English) => "Purpose",
            (SectionKind::Experiment, English) => "Experiments",
            (SectionKind::Novelty, _) => "Novelty",
            (SectionKind::Limitations, _) => "Limitations",
            (SectionKind::Takeaways, _) => "Takeaways",
            (SectionKind::Summary, _) => "Summary",
        }
    }

    fn builtin_aliases(self) -> &'static [&'static str] {
        match self {
            SectionKind::Purpose => &[
                "목적",
                "목표",
                "연구 목적",
                "연구목적",
                "Purpose",
                "Goal",
                "Goals",
                "Objective",
                "Objectives",
                "Motivation",
                "Rationale",
                // `The Need of SANet`, `Need for speed-ups`: why the work was done.
                "Need",
                "Aim",
                "目的",
                "研究目的",
                "目标",
            ],
            SectionKind::Method => &[
                "Method",
                "Methods",
                "Methodology",
                "방법",
                "방법론",
                "제안 방법",
                "제안방법",
                "Approach",
                "Approaches",
                "Proposed Method",
                "方法",
                "方案",
                "解决方案",
                "本文方法",
                "手法",
                "提案手法",
            ],
            SectionKind::Experiment => &[
                "실험",
                "실험 결과",
                "실험결과",
                "결과",
                "Experiment",
                "Experiments",
                "Results",
                "Result",
                "Evaluation",
                "实验",
                "实验结果",
                "実験",
                "実験結果",
            ],
            SectionKind::Novelty => &[
                "Novelty",
                "기여",
                "Contribution",
                "Contributions",
                "Innovation",
                "Innovations",
                "贡献",
                "主要贡献",
                "创新点",
                "创新",
                "貢献",
                "Contribuição",
                "Contribuições",
                "Contribución",
                "Contribuciones",
            ],
            SectionKind::Limitations => &[
                "한계",
                "한계점",
                "Limitation",
                "Limitations",
                "局限",
                "局限性",
                "不足",
            ],
            SectionKind::Takeaways => &[
                "느낀 점",
                "느낀점",
                "소감",
                "배운 점",
                "배운점",
                "心得",
                "感想",
                "Takeaway",
                "Takeaways",
            ],
            SectionKind::Summary => &[],
        }
    }

    /// Words that name this kind only where the note's structure says a
    /// section starts: a heading, a bold label, or a list item that is the
    /// label alone (`* How`). In running text (`Model: …` after a sentence)
    /// they are too common to mean a section, so [`Vocabulary::label_at`]
    /// does not take them.
    fn structural_aliases(self) -> &'static [&'static str] {
        match self {
            SectionKind::Purpose => &[
                // Portuguese, Spanish, French, German, Italian.
                "Introdução",
                "Introducción",
                "Introduzione",
                "Einleitung",
                "Motivação",
                "Motivación",
                "Motivazione",
                "Objetivo",
                "Objetivos",
                "Objectif",
                "Objectifs",
                "Problema",
                "Problemática",
                "Problématique",
                "Problemstellung",
                "Contexto",
                "Contexte",
                "Hintergrund",
                "Problem",
                "Problems",
                "Problem Statement",
                "Problem Definition",
                "Problem Setting",
                "Problem Formulation",
                // `Task Formulation`: the task the paper sets, as a problem.
                "Task Formulation",
                "Task Definition",
                "Task Description",
                "Research Problem",
                "Problem to Solve",
                "Problems to Solve",
                "Research Background",
                "Key Challenges",
                "Challenge",
                "Challenges",
                "Issues Addressed",
                "Issue Addressed",
                "문제의식",
                "문제 의식",
                "핵심 문제의식",
                "Research Question",
                "Research Questions",
                // `RQ: Are they encoding semantic or phonetic features?`, as
                // a study abbreviates it.
                "RQ",
                "RQs",
                // `- Main question: Do people …?`, what the paper asks.
                "Main Question",
                "Main Questions",
                "연구 질문",
                "연구질문",
                // What the paper sets out to show, as a study states it.
                "Hypothesis",
                "Hypotheses",
                "Research Hypothesis",
                "Research Hypotheses",
                "가설",
                "연구 가설",
                // A medical journal club's appraisal.
                "Clinical Question",
                "Clinical Questions",
                "Background",
                // `### bg`, as a note shortens it.
                "BG",
                "Introduction",
                "Intro",
                // `## Preface` over why the paper matters, a blog's lead-in.
                "Preface",
                "Prologue",
                "Introduce",
                "인트로",
                "Why",
                "What",
                // `为什么做：`, why it was done: the Chinese `Why`.
                "为什么做",
                "为什么要做",
                "Task",
                "문제",
                "문제 정의",
                "문제정의",
                "문제 제기",
                "문제 상황",
                "연구 배경",
                "배경",
                // What a reader needs to know first, the paper's background:
                // `## 배경지식`, `## Pre-requisite`, `## 사전 지식`.
                "배경지식",
                "사전 지식",
                "사전지식",
                "Prerequisites",
                "Prerequisite",
                "Pre-requisites",
                "Pre-requisite",
                "Pre-Knowledge",
                "预备知识",
                "前置知识",
                "동기",
                "연구 동기",
                "서론",
                "도입",
                "소개",
                "들어가며",
                "들어가기",
                "들어가기 전에",
                "개요 및 목적",
                "引言",
                // `## 引入` over why the paper was written: the lead-in.
                "引入",
                // `## Part5. 导言`: the introduction, as Mu Li's readings call it.
                "导言",
                // `一、导读` over why the paper was written: the lead-in.
                "导读",
                // `## 绪论` (`緒論` as Taiwan writes it): the introduction.
                "绪论",
                "介绍",
                "简介",
                "背景",
                "研究背景",
                "动机",
                "研究动机",
                "问题",
                // `## 存在问题`: the problem there is (before the paper).
                "存在问题",
                "存在的问题",
                // `核心问题：…`, the question the paper asks.
                "核心问题",
                "问题描述",
                "问题定义",
                "要解决的问题",
                "解决的问题",
                // `## 1.1 问题定位`: where the problem lies.
                "问题定位",
                // The difficulty the paper takes on (`## 难点`, `## 挑战`), the
                // pain point (`## 传统微调的痛点`).
                "难点",
                "痛点",
                "挑战",
                "前言",
                "前述",
                "前情提要",
                "問題",
                "問題定義",
                "問題描述",
                "研究動機",
                "要解決的問題",
                "はじめに",
                // `## 導入`: the introduction, as Japanese writes it.
                "導入",
                "イントロダクション",
                "序論",
                "動機",
                "課題",
                "問題設定",
                // Vietnamese: the introduction, the goal, the motivation, the problem.
                "Giới thiệu",
                "Mục tiêu",
                "Mục đích",
                "Động lực",
                "Vấn đề",
                "Đặt vấn đề",
                "Bối cảnh",
                // Indonesian and Malay: the introduction, the background,
                // the goal, the problem as a study frames it.
                "Pendahuluan",
                "Latar Belakang",
                "Tujuan",
                "Tujuan Penelitian",
                "Rumusan Masalah",
                "Permasalahan",
                "Masalah",
                "Motivasi",
            ],
            SectionKind::Method => &[
                "Método",
                "Métodos",
                "Metodo",
                "Metodologia",
                "Metodología",
                "Méthode",
                "Méthodologie",
                "Methode",
                "Methodik",
                "Arquitetura",
                "Arquitectura",
                "Architektur",
                "Abordagem",
                "Enfoque",
                "Ansatz",
                // Vietnamese: the method, the proposed method, the model, its architecture.
                "Phương pháp",
                "Phương pháp đề xuất",
                "Mô hình",
                "Kiến trúc",
                "Kiến trúc mô hình",
                "Ý tưởng",
                // Indonesian and Malay: the method, the approach, the architecture.
                "Metode",
                "Metodologi",
                "Metode Penelitian",
                "Pendekatan",
                "Arsitektur",
                "Approche",
                "Proposta",
                "Propuesta",
                // `### proposal`: what the paper proposes, in English too.
                "Proposal",
                "Proposed Approach",
                "Our Method",
                "Our Approach",
                "Model",
                "Models",
                "Model Architecture",
                // `- Model design`, how the paper builds its model.
                "Model Design",
                "Network Design",
                "Architecture",
                "Network Architecture",
                // As Chinese and Korean notes put it in English (`模型结构`,
                // `모델 구조`). (A bare `# Structure` may list the paper's
                // own parts.)
                "Model Structure",
                "Network Structure",
                "Framework",
                // `###### Pipeline`, `## Overall Pipeline`: the stages of
                // the system the paper builds.
                "Pipeline",
                "Overall Pipeline",
                "Algorithm",
                "Procedure",
                // How it works: `## Purpose and mechanism`, `## Main idea
                // and mechanism`.
                "Mechanism",
                "Mechanisms",
                "Idea",
                "Ideas",
                "Key Idea",
                "Key Ideas",
                // `### Key ingredients` of what the paper builds.
                "Key Ingredients",
                "Key Components",
                "Main Idea",
                "Main Ideas",
                "Core Idea",
                "How",
                // `怎么做：`, how it was done: the Chinese `How`.
                "怎么做",
                "如何做",
                "Technique",
                "Technical Details",
                "Technical Detail",
                // `## Tech Detail`, a review form's.
                "Tech Detail",
                "Tech Details",
                "Technical Approach",
                "Solution",
                "Method Overview",
                // An overview of what the paper built is its method, not a
                // summary of the paper (`###  Model Overview`).
                "Model Overview",
                "Architecture Overview",
                "Framework Overview",
                "Approach Overview",
                // How the system was built (`### Implementation` over
                // `### Experimentation`); `Implementation Details` are the
                // experiments' setup.
                "Implementation",
                "제안 기법",
                "제안기법",
                "제안 모델",
                "모델",
                "모델 구조",
                "구조",
                "핵심 아이디어",
                "아이디어",
                "알고리즘",
                "프레임워크",
                "네트워크 구조",
                "模型",
                "算法",
                "框架",
                "核心思想",
                "主要思想",
                // `## 设计理念`: the design's idea, as `Design Philosophy`.
                "设计理念",
                "设计思想",
                // `## 核心技术点`, `## 技术细节`: the paper's technique.
                "核心技术",
                "核心技术点",
                "关键技术",
                "技术细节",
                // `本文思路：`, `途径：` (a structured abstract's approach).
                "思路",
                // `## 设计`, `设计与实验`: the system designed.
                "设计",
                "系统设计",
                "設計",
                // `三、方法论（SAGE 框架）`: the methodology.
                "方法论",
                // `具体做法：…`, how it is done.
                "做法",
                "具体做法",
                "本文思路",
                "核心思路",
                "主要思路",
                "途径",
                "方法概述",
                "模型结构",
                "网络结构",
                "结构",
                "架构",
                "模型架构",
                "モデル",
                "アルゴリズム",
            ],
            SectionKind::Experiment => &[
                "Metrics",
                "Evaluation Metrics",
                "Baselines",
                "Experimentos",
                "Experimento",
                "Resultados",
                "Avaliação",
                "Evaluación",
                "Métricas de avaliação",
                "Métricas de evaluación",
                "Expériences",
                "Résultats",
                "Évaluation",
                "Experimente",
                "Ergebnisse",
                "Evaluierung",
                "Esperimenti",
                "Risultati",
                "Experimentation",
                // Shortened, as a note's own headings are (`### Exp` after
                // `### Model`).
                "Exp",
                "Exps",
                // A systems paper's evaluation: `6. MEASUREMENTS`.
                "Measurements",
                "Experimental Results",
                "Experimental Result",
                "Experimental Setup",
                "Experiment Setup",
                "Experimental Dataset",
                "Experimental Datasets",
                "Experimental Data",
                "Evaluation Data",
                "Evaluation Dataset",
                "Evaluation Datasets",
                "Experiments and Results",
                "Experiment and Results",
                "Evaluations",
                "Validation",
                "Validations",
                "Benchmark",
                "Benchmarks",
                "Empirical Results",
                // `## 2. Evidence`: what the experiments showed.
                "Evidence",
                "Empirical Evidence",
                "Reported Evidence",
                // `## Key Numbers`: the results in figures.
                "Key Numbers",
                "Main Results",
                "Key Findings",
                // `Key Result: …` as a line of its own, a template's field.
                "Key Results",
                "Key Result",
                "Main Findings",
                "Major Findings",
                "Quantitative Results",
                "Qualitative Results",
                "Comparison",
                "Comparisons",
                "Comparison to the State of the Art",
                "Comparison with the State of the Art",
                "Comparison with State of the Art",
                "Comparison with Prior Work",
                "Performance",
                "성능",
                "성과",
                "평가",
                "성능 평가",
                "실험 및 결과",
                "실험 설정",
                "비교",
                "성능 비교",
                // `## 벤치마크: 숫자로 보는 실질적 개선`: what it scored.
                "벤치마크",
                "벤치마크 결과",
                "비교 실험",
                "结果",
                "效果",
                "实验效果",
                // `做得怎么样：`, `效果如何`: how well it worked.
                "做得怎么样",
                "效果如何",
                "效果怎么样",
                "评估",
                "评测",
                "测评",
                "评价",
                "实验设置",
                "實驗",
                "實驗結果",
                "性能",
                // `## 关键性能`, `## 性能表现`: how well it did.
                "关键性能",
                "性能表现",
                "测试",
                "結果",
                "評価",
                "実験設定",
                // Human-computer interaction's experiments.
                "User Study",
                "User Studies",
                "検証",
                "検証方法",
                "評価実験",
                // Vietnamese: the experiments, the (main) results, the evaluation, the model's performance.
                "Thí nghiệm",
                "Thực nghiệm",
                "Kết quả",
                "Kết quả chính",
                "Kết quả thí nghiệm",
                "Kết quả thực nghiệm",
                "Đánh giá",
                "Hiệu suất",
                "Hiệu suất mô hình",
                // Indonesian and Malay: the results, the experiments, the
                // evaluation, the testing.
                "Hasil",
                "Hasil Penelitian",
                "Hasil dan Pembahasan",
                // `3. Pembahasan` after `2. Metode`: the discussion of the
                // results, where Indonesian writing reports them.
                "Pembahasan",
                "Eksperimen",
                "Percobaan",
                "Evaluasi",
                "Pengujian",
                "验证",
            ],
            SectionKind::Novelty => &[
                "Key Contribution",
                "Key Contributions",
                "Main Contribution",
                "Main Contributions",
                "핵심 기여",
                "주요 기여",
                "新規性",
            ],
            SectionKind::Limitations => &[
                "Weakness",
                "Weaknesses",
                "Cons",
                "단점",
                "Limitations and Future Work",
                // Vietnamese: the limitations.
                "Hạn chế",
            ],
            SectionKind::Takeaways => &[
                "Key Takeaway",
                "Key Takeaways",
                "Main Takeaways",
                "Take Home Message",
                "Take-home Message",
                "Thoughts",
                "My Thoughts",
                "Opinion",
                "Comments",
                "Personal Comments",
                "Personal Thoughts",
                // Spanish, Portuguese: the reader's own comments and
                // opinion (`Comentarios personales`, a course's reading;
                // `Comentario: …` alone says what the note is before its
                // title).
                "Comentarios personales",
                "Comentários pessoais",
                "Opinión",
                "Opinião",
                "생각",
                "의견",
                "개인적인 생각",
                "思考",
                "个人思考",
            ],
            SectionKind::Summary => &[
                "Summary",
                "Summarization",
                "Paper Summary",
                "Short Summary",
                "Short Review",
                "Brief Summary",
                "TL;DR",
                "TLDR",
                "Abstract",
                "Overview",
                "In a Nutshell",
                // `## Key Points` lists what the paper comes to: judges of
                // unseen notes counted no method in 33 of 42 notes where it
                // was the only part that could be one.
                "Key Point",
                "Key Points",
                "Keypoints",
                "Key Notes",
                "Keynotes",
                "요약",
                "논문 요약",
                "한 줄 요약",
                "한줄 요약",
                "핵심 요약",
                "정리",
                "개요",
                "초록",
                "摘要",
                // `# 论文简介` over the paper's fields: what the paper is;
                // `# 论文摘要`, its abstract.
                "论文简介",
                "论文摘要",
                // `## 原始摘要`: the paper's own abstract, copied in.
                "原始摘要",
                "论文概述",
                // `### 0x01 论文主要内容`: what the paper holds, in brief (not
                // `主要内容` alone, a study note's main contents).
                "论文主要内容",
                "总结",
                "總結",
                "小结",
                "概述",
                "概要",
                "一句话总结",
                // `一句话核心：这篇论文做了什么？`: the paper in one sentence.
                "一句话核心",
                "一句话概括",
                // `## 个人总结`: the reader's own summary.
                "个人总结",
                "要約",
                "まとめ",
                // `## 主張` (what the paper claims), over `## 解決したい問題点`
                // and `## 結果・知見` in a Japanese template: the paper in
                // brief.
                "主張",
                // Portuguese, Spanish, French, German.
                "Resumo",
                "Sumarização",
                // Brazilian reading notes: `## 1. Fichamento de Conteúdo`.
                "Fichamento",
                "Fichamento de Conteúdo",
                "Resumen",
                // Vietnamese: the summary.
                "Tóm tắt",
                // Indonesian and Malay: the summary, the abstract.
                "Ringkasan",
                "Abstrak",
                "Résumé",
                "Zusammenfassung",
            ],
        }
    }
}

/// Headings that name a part of a note that is none of the kinds, so that
/// a heading between the purpose and the experiments is not taken for the
/// method just because of where it stands (see the parser's single-note
/// reading). Compared like aliases.
pub(crate) const OTHER_SECTIONS: &[&str] = &[
    "Related Work",
    // Vietnamese: related work, the conclusion, the paper's details, the
    // references.
    "Công trình liên quan",
    "Kết luận",
    "Thông tin bài báo",
    "Tài liệu tham khảo",
    // Indonesian and Malay: the conclusion (and its
    // suggestions), related work, the references.
    "Kesimpulan",
    "Kesimpulan dan Saran",
    "Saran",
    "Tinjauan Pustaka",
    "Penelitian Terkait",
    "Daftar Pustaka",
    "Referensi",
    "Related Works",
    "Related Research",
    "Prior Work",
    "Previous Work",
    "Preliminaries",
    "Preliminary",
    "Notation",
    "Notations",
    // `## **Setup**` over the notation a derivation uses.
    "Setup",
    "Conclusion",
    "Conclusions",
    "Discussion",
    "Reference",
    "References",
    "Appendix",
    // `## 附加材料` over links to related papers: supplementary material.
    "Supplementary Material",
    "Supplementary Materials",
    "Supplemental Material",
    "附加材料",
    "补充材料",
    "보충 자료",
    "相关工作",
    "结论",
    "参考文献",
    "讨论",
    "附录",
    "関連研究",
    "結論",
    "考察",
    "議論",
    "Metadata",
    "Keywords",
    "Key Words",
    "Tags",
    "키워드",
    "태그",
    "关键词",
    "关键字",
    "キーワード",
    "Basic Info",
    "Basic Information",
    // `# General Details` over the paper's links.
    "General Details",
    "General Information",
    "Paper Details",
    "Paper Info",
    "Paper Information",
    "Information",
    "Info",
    "论文信息",
    "基本信息",
    "论文基本信息",
    // Traditional Chinese: `## 📝 1️⃣ 論文基本資訊` over the paper's fields.
    "論文資訊",
    "基本資訊",
    "論文基本資訊",
    "論文情報",
    // `# ■ 論文` over `- 論文タイトル：…`: the paper's fields.
    "論文",
    "论文",
    "書誌情報",
    "Main Authors",
    "Published In",
    "기본 정보",
    "논문 정보",
    "Table of Contents",
    "Contents",
    "Links",
    "Link",
    "Resources",
    "Code",
    "Dataset",
    "Datasets",
    "Data",
    "Author",
    "Authors",
    "Reviewer",
    "Acknowledgements",
    "Acknowledgments",
    "Future Work",
    // `## Insight` holds what the reader saw, in whichever part.
    "Insight",
    "Insights",
    // (`### Question` over the reader's questions, first in a note titled
    // by its file's name.)
    "Question",
    "Questions",
    "Q&A",
    "Further Reading",
    // `# 写在前面` (a foreword), `# 改进` (what was improved, in any part).
    "写在前面",
    "改进",
    // `## 重要摘抄`: passages copied out of the paper, in any part.
    "Excerpts",
    "Quotes",
    // `## Annotations`, `## Highlights`: what a reference manager took from
    // the PDF (Zotero's, Readwise's), in any part.
    "Annotations",
    "Highlights",
    "摘抄",
    "摘录",
    "重要摘抄",
    "관련 연구",
    "관련연구",
    "결론",
    "참고",
    "참고 문헌",
    "참고문헌",
    "참고 자료",
    "참고자료",
    "레퍼런스",
    "출처",
    "부록",
    "목차",
    "데이터셋",
    "학습 자료",
    "Citation",
    "Citing",
    "License",
];

/// Headings of a software project's documentation: two of them (one not
/// `Citation`) make a file a code repository's README, however many paper
/// links and `Results` it has. Compared like aliases.
pub(crate) const SOFTWARE_SECTIONS: &[&str] = &[
    "Installation",
    "Install",
    "Installing",
    "Requirements",
    "Dependencies",
    "Prerequisites",
    "Usage",
    "Getting Started",
    "Quick Start",
    "Quickstart",
    "Demo",
    "Docker",
    "Model Zoo",
    "Pretrained Models",
    "Pre-trained Models",
    "Contributing",
    "Contributors",
    "License",
    "설치",
    "설치 방법",
    "사용법",
    "사용 방법",
    "실행 방법",
    // How the code is laid out: `## 폴더 구조` over a tree of `model.py`,
    // `train.py`.
    "Project Structure",
    "Directory Structure",
    "Folder Structure",
    "Repository Structure",
    "프로젝트 구조",
    "프로젝트 파일 구조",
    "파일 구조",
    "File Structure",
    // How to run it: `## 🚀 실행 가이드`.
    "How to Run",
    "실행 가이드",
    "폴더 구조",
    "디렉토리 구조",
    "디렉터리 구조",
    "安装",
    "使用方法",
    // How to run the note's own code: `## ファイルと実行方法`.
    "実行方法",
    "使い方",
    "运行方法",
    "環境構築",
    "许可证",
];

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The aliases in force: built-in ones plus configured extras.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    /// Longest first, so that `실험 결과` wins over `실험`. Labels anywhere.
    aliases: Vec<(String, SectionKind)>,
    /// Longest first: aliases that count only where structure puts them
    /// (headings, bold labels, a list item that is the label alone).
    structural: Vec<(String, SectionKind)>,
    /// Every alias folded as [`phrase_eq`] compares them, for
    /// [`Vocabulary::kind_of_phrase`]: one lookup instead of a comparison
    /// with each of some four hundred aliases (it runs for every heading
    /// phrase and every would-be reviewer's name).
    folded: HashMap<String, SectionKind>,
    /// The ASCII aliases in lowercase with their kinds, for
    /// [`Vocabulary::kind_of_misspelling`].
    lowercase: Vec<(String, SectionKind)>,
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        let mut vocabulary = Vocabulary {
            aliases: Vec::new(),
            structural: Vec::new(),
            folded: HashMap::new(),
            lowercase: Vec::new(),
        };
        for kind in SectionKind::ALL {
            for alias in kind.builtin_aliases() {
                vocabulary.aliases.push(((*alias).to_owned(), kind));
            }
            for alias in kind.structural_aliases() {
                vocabulary.structural.push(((*alias).to_owned(), kind));
            }
        }
        vocabulary.sort();
        vocabulary
    }
}

impl Vocabulary {
    /// Adds an alias for `kind`. Surrounding spaces and a trailing colon are
    /// dropped; an alias that is already known is not added twice.
    pub fn add_alias(&mut self, kind: SectionKind, alias: &str) {
        let alias = alias.trim().trim_end_matches([':', '：']).trim();
        if alias.is_empty()
            || self
                .aliases
                .iter()
                .any(|(known, _)| known.eq_ignore_ascii_case(alias))
        {
            return;
        }
        // A configured alias overrides a built-in structural one, so that
        // `--init` can map `Model` to another kind.
        self.structural
            .retain(|(known, _)| !known.eq_ignore_ascii_case(alias));
        self.aliases.push((alias.to_owned(), kind));
        self.sort();
    }

    fn sort(&mut self) {
        // By first letter, then longest first: [`alias_in`] looks only at
        // the aliases that share the text's first letter.
        for list in [&mut self.aliases, &mut self.structural] {
            list.sort_by(|a, b| {
                first_byte(&a.0)
                    .cmp(&first_byte(&b.0))
                    .then_with(|| b.0.len().cmp(&a.0.len()))
                    .then_with(|| a.0.cmp(&b.0))
            });
        }
        // Labels win over structural aliases, and longer ones over shorter:
        // inserted last, they overwrite.
        self.folded.clear();
        for (alias, kind) in self
            .structural
            .iter()
            .rev()
            .chain(self.aliases.iter().rev())
        {
            self.folded.insert(fold(alias), *kind);
        }
        self.lowercase = self
            .aliases
            .iter()
            .chain(&self.structural)
            .filter(|(alias, _)| alias.is_ascii() && alias.len() >= 6)
            .map(|(alias, kind)| (alias.to_ascii_lowercase(), *kind))
            .collect();
    }

    /// The alias that `text` starts with, as a whole word, if any: its length
    /// in bytes and its kind.
    pub fn alias_at(&self, text: &str) -> Option<(usize, SectionKind)> {
        alias_in(&self.aliases, text)
    }

    /// Like [`Vocabulary::alias_at`], with the structural aliases too: for a
    /// heading or a bold label.
    pub fn structural_alias_at(&self, text: &str) -> Option<(usize, SectionKind)> {
        let label = alias_in(&self.aliases, text);
        let structural = alias_in(&self.structural, text);
        match (label, structural) {
            (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// The kind that names exactly `phrase` (ignoring case), built-in or
    /// configured, structural aliases included.
    pub fn kind_of_phrase(&self, phrase: &str) -> Option<SectionKind> {
        self.folded.get(&fold(phrase)).copied()
    }

    /// The kind of a phrase one typo away from an alias (`Intoduction`,
    /// `Experiemnts`): only for Latin words of at least six letters, where
    /// one edit cannot turn one real word into another label.
    pub fn kind_of_misspelling(&self, phrase: &str) -> Option<SectionKind> {
        if phrase.chars().count() < 6 || !phrase.is_ascii() {
            return None;
        }
        let lower = phrase.to_ascii_lowercase();
        self.lowercase
            .iter()
            .filter(|(alias, _)| alias.len().abs_diff(lower.len()) <= 1)
            .find(|(alias, _)| edit_distance_is_one(alias, &lower))
            .map(|(_, kind)| *kind)
    }

    /// Whether `word` is exactly an alias.
    pub fn is_alias(&self, word: &str) -> bool {
        self.aliases
            .iter()
            .any(|(alias, _)| alias.eq_ignore_ascii_case(word))
    }

    /// A label at the start of `text`: an alias, optional spaces, then `:` or
    /// `：`. Returns the kind, the alias's byte length, and the byte length up
    /// to and including the colon.
    pub fn label_at(&self, text: &str) -> Option<LabelMatch> {
        let (alias_len, kind) = self.alias_at(text)?;
        colon_after(text, alias_len, kind)
    }

    /// Like [`Vocabulary::label_at`], with the structural aliases: a label
    /// at the start of a line of a single-review note (`- Problem: …`).
    pub fn structural_label_at(&self, text: &str) -> Option<LabelMatch> {
        let (alias_len, kind) = self.structural_alias_at(text)?;
        colon_after(text, alias_len, kind)
    }

    /// All aliases of `kind`, built-in and configured.
    pub fn aliases_of(&self, kind: SectionKind) -> impl Iterator<Item = &str> {
        self.aliases
            .iter()
            .filter(move |(_, k)| *k == kind)
            .map(|(alias, _)| alias.as_str())
    }
}

fn colon_after(text: &str, alias_len: usize, kind: SectionKind) -> Option<LabelMatch> {
    let rest = &text[alias_len..];
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let after = &rest[spaces..];
    let colon = if after.starts_with(':') {
        1
    } else if after.starts_with('：') {
        '：'.len_utf8()
    } else {
        return None;
    };
    Some(LabelMatch {
        kind,
        alias_len,
        len: alias_len + spaces + colon,
    })
}

/// The first byte of a text, lowercase: how the aliases are grouped.
fn first_byte(text: &str) -> u8 {
    text.as_bytes().first().map_or(0, u8::to_ascii_lowercase)
}

fn alias_in(aliases: &[(String, SectionKind)], text: &str) -> Option<(usize, SectionKind)> {
    // Only the aliases with the text's first byte can match: found by two
    // binary searches (this runs for every line of a note), longest first.
    if text.is_empty() {
        return None;
    }
    let first = first_byte(text);
    let from = aliases.partition_point(|(alias, _)| first_byte(alias) < first);
    let to = from + aliases[from..].partition_point(|(alias, _)| first_byte(alias) == first);
    aliases[from..to].iter().find_map(|(alias, kind)| {
        let len = alias.len();
        let candidate = text.get(..len)?;
        if !candidate.eq_ignore_ascii_case(alias) {
            return None;
        }
        // `Methods` must not be read as `Method` followed by `s`.
        let next = text[len..].chars().next();
        if next.is_some_and(|ch| ch.is_alphanumeric()) {
            return None;
        }
        Some((len, *kind))
    })
}

/// Case-insensitive equality that also takes `-` and one space as equal,
/// and ignores spaces in Korean (`문제정의` = `문제 정의`).
///
/// Compared character by character, without allocating.
pub(crate) fn phrase_eq(alias: &str, phrase: &str) -> bool {
    alias.len().abs_diff(phrase.len()) <= 4 && folded_chars(alias).eq(folded_chars(phrase))
}

/// What [`phrase_eq`] compares: lowercase, without spaces, `-` and `_`.
fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars()
        .filter(|ch| !ch.is_whitespace() && !matches!(ch, '-' | '_'))
        .flat_map(char::to_lowercase)
}

pub(crate) fn fold(text: &str) -> String {
    folded_chars(text).collect()
}

/// Whether `a` and `b` differ by exactly one insertion, deletion,
/// substitution or swap of neighbours.
pub(crate) fn edit_distance_is_one(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len().cmp(&rb.len()) {
        std::cmp::Ordering::Equal => {
            ra[1..] == rb[1..]
                || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
        }
        std::cmp::Ordering::Less => ra == &rb[1..],
        std::cmp::Ordering::Greater => &ra[1..] == rb,
    }
}

/// A label found by [`Vocabulary::label_at`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelMatch {
    pub kind: SectionKind,
    pub alias_len: usize,
    pub len: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_need_a_colon_and_a_whole_word() {
        let vocabulary = Vocabulary::default();
        let label = |text| vocabulary.label_at(text).map(|m| (m.kind, m.len));
        assert_eq!(label("목적: 이 논문"), Some((SectionKind::Purpose, 7)));
        assert_eq!(label("method : x"), Some((SectionKind::Method, 8)));
        assert_eq!(
            label("실험 결과：좋음"),
            Some((SectionKind::Experiment, 16))
        );
        assert_eq!(label("Methods: x"), Some((SectionKind::Method, 8)));
        assert_eq!(label("Method 적 특이사항"), None);
        assert_eq!(label("Methodical: x"), None);
        assert_eq!(label("목적함수: x"), None);
    }

    #[test]
    fn configured_aliases_are_recognised() {
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_alias(SectionKind::Purpose, " 배경: ");
        vocabulary.add_alias(SectionKind::Purpose, "목적");
        assert_eq!(
            vocabulary.label_at("배경: x").map(|m| m.kind),
            Some(SectionKind::Purpose)
        );
        assert_eq!(
            vocabulary
                .aliases_of(SectionKind::Purpose)
                .filter(|a| *a == "목적")
                .count(),
            1
        );
    }
}
