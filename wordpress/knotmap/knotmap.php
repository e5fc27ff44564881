<?php
/**
 * Plugin Name:       Knotmap body map
 * Description:       An interactive map of the back and hips for ball self-massage: a block, a shortcode and pasted links show the Knotmap widget, served from your own site (no third-party request, no cookie, nothing sent anywhere).
 * Version:           1.0.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       knotmap
 *
 * @package Knotmap
 */

defined( 'ABSPATH' ) || exit;

define( 'KNOTMAP_VERSION', '1.0.0' );
define( 'KNOTMAP_FILE', __FILE__ );
define( 'KNOTMAP_DIR', plugin_dir_path( __FILE__ ) );

require_once KNOTMAP_DIR . 'includes/options.php';
require_once KNOTMAP_DIR . 'includes/embed.php';
require_once KNOTMAP_DIR . 'includes/page.php';
require_once KNOTMAP_DIR . 'includes/oembed.php';
require_once KNOTMAP_DIR . 'includes/editor.php';

add_action( 'init', 'knotmap_register' );

/**
 * The loader script, the block (from block/block.json, rendered by PHP), the shortcode and the
 * pasted-link provider.
 */
function knotmap_register() {
	// In the footer: it only has to run once the posts' [data-knotmap] elements exist.
	wp_register_script( 'knotmap-embed', knotmap_widget_url( 'embed.js' ), array(), KNOTMAP_VERSION, true );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'knotmap_render_block' ) );
	knotmap_register_editor_data();
	add_shortcode( 'knotmap', 'knotmap_shortcode' );
	knotmap_register_oembed_provider();
}
